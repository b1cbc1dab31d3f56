import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LrSeries","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/LrSeries.md","filePath":"api/core/interfaces/LrSeries.md"}');
const _sfc_main = { name: "api/core/interfaces/LrSeries.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / LrSeries</p><h1 id="interface-lrseries" tabindex="-1">Interface: LrSeries <a class="header-anchor" href="#interface-lrseries" aria-label="Permalink to &quot;Interface: LrSeries&quot;">​</a></h1><p>The lr (and momentum, or Adam&#39;s beta1) of one param group of one named scheduler, over steps.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="group" tabindex="-1">group <a class="header-anchor" href="#group" aria-label="Permalink to &quot;group&quot;">​</a></h3><blockquote><p><strong>group</strong>: <code>number</code></p></blockquote><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code>[]</p></blockquote><hr><h3 id="momentum" tabindex="-1">momentum? <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>momentum?</strong>: <code>number</code>[]</p></blockquote><p>Present when the group carried momentum or betas; NaN where a record had neither.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><hr><h3 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h3><blockquote><p><strong>step</strong>: <code>number</code>[]</p></blockquote><p>Where each value was recorded: a batch index for step-interval entries, an epoch for epoch ones.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LrSeries.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LrSeries = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LrSeries as default
};
