import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LrHistoryJSON","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/LrHistoryJSON.md","filePath":"api/core/interfaces/LrHistoryJSON.md"}');
const _sfc_main = { name: "api/core/interfaces/LrHistoryJSON.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / LrHistoryJSON</p><h1 id="interface-lrhistoryjson" tabindex="-1">Interface: LrHistoryJSON <a class="header-anchor" href="#interface-lrhistoryjson" aria-label="Permalink to &quot;Interface: LrHistoryJSON&quot;">​</a></h1><p><code>LrHistory.toJSON()</code>: plain JSON, momentum gaps as null.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="series" tabindex="-1">series <a class="header-anchor" href="#series" aria-label="Permalink to &quot;series&quot;">​</a></h3><blockquote><p><strong>series</strong>: <code>object</code>[]</p></blockquote><h4 id="group" tabindex="-1">group <a class="header-anchor" href="#group" aria-label="Permalink to &quot;group&quot;">​</a></h4><blockquote><p><strong>group</strong>: <code>number</code></p></blockquote><h4 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h4><blockquote><p><strong>lr</strong>: <code>number</code>[]</p></blockquote><h4 id="momentum" tabindex="-1">momentum? <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum?&quot;">​</a></h4><blockquote><p><code>optional</code> <strong>momentum?</strong>: (<code>number</code> | <code>null</code>)[]</p></blockquote><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><h4 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h4><blockquote><p><strong>step</strong>: <code>number</code>[]</p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LrHistoryJSON.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LrHistoryJSON = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LrHistoryJSON as default
};
