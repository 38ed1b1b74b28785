/** Names the responder's time zone next to time inputs: "Times are in Europe/Berlin (CET)". */
import { localZone } from './formatTime';

export function ZoneNote() {
  const zone = localZone();
  return (
    <span className="zone-note">
      Times are in your time zone, {zone.id === zone.short ? zone.id : `${zone.id} (${zone.short})`}.
    </span>
  );
}
