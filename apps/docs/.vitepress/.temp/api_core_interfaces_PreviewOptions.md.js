import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreviewOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/PreviewOptions.md","filePath":"api/core/interfaces/PreviewOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/PreviewOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PreviewOptions</p><h1 id="interface-previewoptions" tabindex="-1">Interface: PreviewOptions <a class="header-anchor" href="#interface-previewoptions" aria-label="Permalink to &quot;Interface: PreviewOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="baselrs" tabindex="-1">baseLrs? <a class="header-anchor" href="#baselrs" aria-label="Permalink to &quot;baseLrs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>baseLrs?</strong>: readonly <code>number</code>[]</p></blockquote><p>One base lr per param group. Default [0.1] (one per group where the spec has several).</p><hr><h3 id="metrics" tabindex="-1">metrics? <a class="header-anchor" href="#metrics" aria-label="Permalink to &quot;metrics?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>metrics?</strong>: readonly <code>number</code>[]</p></blockquote><p>The metric given to each step of a metric-driven spec (ReduceLROnPlateau); steps − 1 values.</p><hr><h3 id="steps" tabindex="-1">steps <a class="header-anchor" href="#steps" aria-label="Permalink to &quot;steps&quot;">​</a></h3><blockquote><p><strong>steps</strong>: <code>number</code></p></blockquote><p>Number of points: the lr used at steps 0 … steps − 1.</p><hr><h3 id="typed" tabindex="-1">typed? <a class="header-anchor" href="#typed" aria-label="Permalink to &quot;typed?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>typed?</strong>: <code>boolean</code></p></blockquote><p>true: return Float64Arrays instead of arrays, for curves of millions of points (about twice as fast, a quarter of the memory). Default false.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PreviewOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviewOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviewOptions as default
};
