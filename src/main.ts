import './ui/strictPage.ts';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import ClassroomApp from './ui/classroom/ClassroomApp.svelte';
import { isClassRoute } from './ui/classroom/route.ts';
import { locale } from './i18n/index.svelte.ts';
import { siteStorage } from './ui/io/autosave.ts';
import './ui/app.css';

// reading `localStorage` throws where the browser blocks site data: the app must still start
locale.restore(siteStorage('localStorage'), navigator.language);
document.documentElement.lang = locale.lang === 'zh' ? 'zh-CN' : 'en';
// the classroom game (#/class/…) is a view of its own: no editor, no workers, no autosave
mount(isClassRoute(location.hash) ? ClassroomApp : App, { target: document.getElementById('app')! });
