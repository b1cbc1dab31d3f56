import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScaleFn","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/ScaleFn.md","filePath":"api/core/type-aliases/ScaleFn.md"}');
const _sfc_main = { name: "api/core/type-aliases/ScaleFn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ScaleFn</p><h1 id="type-alias-scalefn" tabindex="-1">Type Alias: ScaleFn <a class="header-anchor" href="#type-alias-scalefn" aria-label="Permalink to &quot;Type Alias: ScaleFn&quot;">​</a></h1><blockquote><p><strong>ScaleFn</strong> = (<code>x</code>) =&gt; <code>number</code></p></blockquote><p>Amplitude multiplier of CyclicLR as a function of the cycle number or the step.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ScaleFn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScaleFn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScaleFn as default
};
