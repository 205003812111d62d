import { useRef, useState } from 'react';
import 'tip-widgets';
import type { TipStatCard } from 'tip-widgets';

export function App() {
  const card = useRef<TipStatCard>(null); // the element itself: card.current.stat
  const [error, setError] = useState('');
  return (
    <main>
      <tip-stat-card ref={card} stat="victims-worldwide-2012" notation="compact" count-up />
      {/* An unknown id: the card shows why, and tip-error tells the page. */}
      <tip-stat-card stat="no-such-stat" ontip-error={(e) => setError(e.detail.message)} />
      <output id="tip-error">{error}</output>
      <task-force-timeline from="2012" to={2016} order="newest" heading-level={2} />
      <agency-accomplishments layout="tabs" heading-level={2} theme="dark" />
      <recommendation-list topic="forced-labor" heading-level="2" />
    </main>
  );
}
