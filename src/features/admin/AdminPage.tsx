/** The operators' dashboard (being built). */
export function AdminPage() {
  return (
    <main className="page" id="main" data-testid="admin-page">
      <h1>Admin</h1>
    </main>
  );
}
