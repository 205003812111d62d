import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isTipElement } from 'tip-widgets/tags';

export default defineConfig({
  // The elements are custom elements, not Vue components: Vue leaves them to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isTipElement } } })],
});
