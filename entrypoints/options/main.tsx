import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import '../../components/pages.css';
import { applyPageTheme } from '../../components/theme';
import { ManagerApp } from './ManagerApp';

applyPageTheme();
createRoot(document.getElementById('root')!).render(<ManagerApp />);
