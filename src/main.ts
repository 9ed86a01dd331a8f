import { mount } from 'svelte';
import App from './ui/App.svelte';
import { locale } from './i18n/index.svelte.ts';
import './ui/app.css';

locale.restore(globalThis.localStorage, navigator.language);
document.documentElement.lang = locale.lang === 'zh' ? 'zh-CN' : 'en';
mount(App, { target: document.getElementById('app')! });
