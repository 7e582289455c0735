/** Part of a question's stored copy could not be read: say what, and where the backups are. */
export function Damaged({ message }: { message: string }) {
  return (
    <p className="damaged" role="note">
      <strong>Damaged in your database.</strong> {message}
    </p>
  );
}
