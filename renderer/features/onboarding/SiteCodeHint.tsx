/** What the site code is for, in the words first run, the one-time prompt and Settings all use. */
export function SiteCodeHint() {
  return (
    <>
      2 to 6 letters or digits, such as LON. Every incident declared here gets it in its reference (INC-2026-LON-0042),
      so references from different sites never clash, even offline. Pick one no other Firebreak installation uses; it
      can change until you record something.
    </>
  );
}
