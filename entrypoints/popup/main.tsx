import { prefetchRecent } from './prefetch';
import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/pages.css';
import { applyPageTheme } from '../../components/theme';
import { LIST_LIMIT, PopupApp } from './PopupApp';

prefetchRecent(LIST_LIMIT);
applyPageTheme();
createRoot(document.getElementById('root')!).render(<PopupApp />);
