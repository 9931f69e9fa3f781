import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from './i18n';
import { initialLanguage } from './auth/language';
import { App } from './App';
import './styles/global.css';

void i18n.changeLanguage(initialLanguage());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
