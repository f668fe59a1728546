/** Settings: bring-your-own-key vault and privacy choices (being built). */
export function SettingsPage() {
  return (
    <main className="page" id="main" data-testid="settings-page">
      <h1>Settings</h1>
    </main>
  );
}
