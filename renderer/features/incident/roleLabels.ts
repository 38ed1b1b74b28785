/** Response-team role ids in words ("incident-commander" → "Incident commander"). */
const ROLE_LABELS: Readonly<Record<string, string>> = {
  'incident-commander': 'Incident commander',
  'ai-safety-lead': 'AI safety lead',
  'security-analyst': 'Security analyst',
  'data-scientist': 'Data scientist',
  'communications-lead': 'Communications lead',
  'legal-advisor': 'Legal advisor',
};

export function roleLabel(role: string): string {
  const known = ROLE_LABELS[role];
  if (known) return known;
  const words = role.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
