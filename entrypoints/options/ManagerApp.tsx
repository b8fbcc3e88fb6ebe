export function ManagerApp() {
  return (
    <main>
      <h1>Boundaries</h1>
    </main>
  );
}
