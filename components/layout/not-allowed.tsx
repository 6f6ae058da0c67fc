/** A page someone signed in may not use: its title and why, never a blank or an error. */
export function NotAllowed({ title, reason }: { title: string; reason: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div className="alert error" role="alert">
        {reason}
      </div>
    </>
  );
}
