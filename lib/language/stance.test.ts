import { describe, expect, it } from "vitest";
import { stanceOf } from "./stance";

const stance = (text: string) => stanceOf(text, { start: 0, end: text.length });

// Sentences written for these tests in the style of wire copy.
describe("stance: fact, plan, hedge, opinion or conditional", () => {
  it("takes past and present statements for facts", () => {
    expect(stance("The council approved the budget on Tuesday.")).toEqual({ stance: "fact", marker: null });
    expect(stance("Unemployment stands at 3.5 percent, the lowest in 50 years.").stance).toBe("fact");
    expect(stance("The senator could not vote because she was ill.").stance).toBe("fact");
  });

  it("finds plans and forecasts in the main verb group", () => {
    expect(stance("The mayor will unveil the budget next week.")).toEqual({ stance: "plan", marker: "will" });
    expect(stance("The company expects revenue to fall by 4 percent.").stance).toBe("plan");
    expect(stance("The probe is due to reach Mars in May.")).toEqual({ stance: "plan", marker: "is due to" });
    expect(stance("Officials raised their forecast for growth to 2.1%.").stance).toBe("plan");
    expect(stance("The launch remains on track for Nov. 18.").stance).toBe("plan");
    expect(stance("The ministry said it would decide next month.").stance).toBe("plan");
  });

  it("does not let a subordinate clause or an adjective decide", () => {
    expect(stance("Labour withdrew its amendments so that the vote would give a clear answer.").stance).toBe("fact");
    expect(stance("MPs rejected an amendment that would have ended the scheme.").stance).toBe("fact");
    expect(stance("The minister had already pulled a planned vote in December.").stance).toBe("fact");
    expect(stance("Prices rose 3.4 per cent, more than forecasters had predicted.").stance).toBe("fact");
    expect(stance("She was on course to beat the record at 30 kilometres.").stance).toBe("fact");
    expect(stance("The WHO reported 26 new cases.").stance).toBe("fact");
  });

  it("finds hedges, opinions, verdicts and conditionals", () => {
    expect(stance("The virus may have spread in the ward.")).toEqual({ stance: "hedge", marker: "may" });
    expect(stance("Apparently the system also records messages.").stance).toBe("hedge");
    expect(stance("The probe most likely crossed the boundary in August.").stance).toBe("hedge");
    expect(stance("The agency didn't know if the minister had called.").stance).toBe("hedge");
    expect(stance("We believe this is a historic day.").stance).toBe("opinion");
    expect(stance("This practice is totally unacceptable.").stance).toBe("opinion");
    expect(stance("The opposition leader called the result catastrophic.").stance).toBe("opinion");
    expect(stance("If the bill fails, the government falls.")).toEqual({ stance: "conditional", marker: "if" });
  });

  it("reads the month May and the name May as words, not as a hedge", () => {
    expect(stance("A jury convicted him in May on 18 counts.").stance).toBe("fact");
    expect(stance("May had already lost two votes.").stance).toBe("fact");
  });
});
