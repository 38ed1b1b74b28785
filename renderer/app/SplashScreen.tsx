/** Shown for the moment it takes to open the database (or to prepare the demo). */
export function SplashScreen({ message = 'Opening Firebreak…' }: { readonly message?: string }) {
  return (
    <div className="splash" role="status">
      <span className="splash-spinner" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
}
