// A name the leader typed, shown inside the interface's text: it may be written in any script, so
// its direction is its own (`dir="auto"`), not the sentence's around it.
export function MemberName({ children }: { children: string }) {
  return (
    <span dir="auto" className="member-name-inline">
      {children}
    </span>
  );
}
