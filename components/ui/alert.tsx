/**
 * A failure told to the person, in words, announced by screen readers. Renders nothing without a
 * message, so a form can always place it. `inline` for one beside a control rather than above a form.
 */
export function ErrorAlert({ message, inline = false, id }: { message?: string | null; inline?: boolean; id?: string }) {
  if (!message) return null;
  const Tag = inline ? "span" : "div";
  return (
    <Tag className="alert error" role="alert" id={id}>
      {message}
    </Tag>
  );
}
