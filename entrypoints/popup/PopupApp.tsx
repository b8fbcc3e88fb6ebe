export function PopupApp() {
  return (
    <main>
      <h1>Boundaries</h1>
    </main>
  );
}
