import { z } from "zod";
import { AUDIENCES, pathSegments, type RouteContract } from "./route-contract";
import { dateTime, namedSchemas } from "./wire";

type Json = Record<string, unknown>;

const ERROR = "Error";

/**
 * The OpenAPI 3.1 document of the API, from the routes' contracts: every route with who may call
 * it, its path segments, query, body and answer; the schemas the API names by name under
 * components. Written to docs/openapi.json by `npm run docs`.
 */
export function openApiDocument(routes: readonly RouteContract[], version: string): Json {
  const components: Record<string, Json> = {
    [ERROR]: {
      type: "object",
      description: "Every refusal: a message for a person, a code, and details where they help (a 409's current version).",
      properties: { error: { type: "string" }, code: { type: "string" }, details: { type: "object" } },
      required: ["error", "code"],
    },
  };
  const toSchema = (schema: z.ZodType, io: "input" | "output") => jsonSchemaOf(schema, io, components);
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const address = route.path.replace(/:(\w+)/g, "{$1}");
    const parameters = [
      ...pathSegments(route.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...queryParameters(route, toSchema),
    ];
    (paths[address] ??= {})[route.method.toLowerCase()] = {
      operationId: operationId(route),
      summary: route.summary,
      description: `Who may call it: ${route.whoLabel ?? AUDIENCES[route.who]}.`,
      "x-factmark-who": route.who,
      ...(route.permission && { "x-factmark-permission": route.permission }),
      ...(parameters.length && { parameters }),
      ...requestBody(route, toSchema),
      responses: {
        [String(route.answer.status)]: answerOf(route, toSchema),
        "4XX": { description: "Refused: 400 bad input, 401 no session, 403 not allowed, 404 nothing there, 409 changed meanwhile, 413 too large, 429 too many.", content: { "application/json": { schema: { $ref: `#/components/schemas/${ERROR}` } } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Factmark API",
      version,
      description: "The JSON API of Factmark's fact-check desk, authenticated by the session cookie (sign in through /api/auth). Written from the routes' contracts (lib/contracts/) by `npm run docs`.",
    },
    security: [{ session: [] }],
    paths,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

/** `GET /api/articles/:id/annotations/search` → getArticlesAnnotationsSearch. */
function operationId(route: RouteContract): string {
  const words = route.path.split("/").filter((part) => part && part !== "api" && !part.startsWith(":"));
  return route.method.toLowerCase() + words.map((word) => word.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase())).join("");
}

function queryParameters(route: RouteContract, toSchema: (schema: z.ZodType, io: "input") => Json): Json[] {
  if (!route.query) return [];
  const query = toSchema(route.query, "input");
  const properties = (query.properties ?? {}) as Record<string, Json>;
  const required = new Set((query.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: required.has(name), schema }));
}

function requestBody(route: RouteContract, toSchema: (schema: z.ZodType, io: "input") => Json): Json {
  if (route.form) return { requestBody: { required: true, content: { "multipart/form-data": { schema: toSchema(route.form, "input") } } } };
  if (route.body) return { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } };
  return {};
}

function answerOf(route: RouteContract, toSchema: (schema: z.ZodType, io: "output") => Json): Json {
  const answer = route.answer;
  if ("json" in answer) return { description: "Done.", content: { "application/json": { schema: toSchema(answer.json, "output") } } };
  if ("events" in answer) {
    return {
      description: `Server-Sent Events, each event's data JSON: ${Object.keys(answer.events).join(", ")}.`,
      content: {
        "text/event-stream": {
          schema: { type: "string" },
          "x-factmark-events": Object.fromEntries(Object.entries(answer.events).map(([name, schema]) => [name, toSchema(schema, "output")])),
        },
      },
    };
  }
  if ("file" in answer) return { description: "The file.", content: Object.fromEntries(answer.file.map((type) => [type, { schema: { type: "string", format: "binary" } }])) };
  return { description: "Done; no body." };
}

/**
 * A schema as JSON Schema (2020-12, as OpenAPI 3.1 takes it), the schemas the API names moved to
 * `components` and referred to there. A request is described as it is sent, an answer as it arrives.
 */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output", components: Record<string, Json>): Json {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    metadata: namedSchemas,
    override: (context) => {
      // On the wire a moment is always ISO text; that the server may hand over a Date is its own business.
      if (context.zodSchema !== dateTime) return;
      for (const key of Object.keys(context.jsonSchema)) delete (context.jsonSchema as Json)[key];
      Object.assign(context.jsonSchema, { type: "string", format: "date-time" });
    },
  }) as Json;
  const { $schema: _dialect, $defs, ...rest } = json;
  void _dialect;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
    const moved = relink(definition) as Json;
    const known = components[name];
    if (known && JSON.stringify(known) !== JSON.stringify(moved)) throw new Error(`Two schemas are named ${name} in the contracts.`);
    components[name] = moved;
  }
  return relink(rest) as Json;
}

/** Points `#/$defs/X` at `#/components/schemas/X`. */
function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === "$ref" && typeof inner === "string" ? inner.replace("#/$defs/", "#/components/schemas/") : relink(inner)]),
  );
}
