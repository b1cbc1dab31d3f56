import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LrLambda","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/LrLambda.md","filePath":"api/core/type-aliases/LrLambda.md"}');
const _sfc_main = { name: "api/core/type-aliases/LrLambda.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / LrLambda</p><h1 id="type-alias-lrlambda" tabindex="-1">Type Alias: LrLambda <a class="header-anchor" href="#type-alias-lrlambda" aria-label="Permalink to &quot;Type Alias: LrLambda&quot;">​</a></h1><blockquote><p><strong>LrLambda</strong> = (<code>epoch</code>) =&gt; <code>number</code></p></blockquote><p>A multiplier of the base lr as a function of the step (PyTorch&#39;s <code>lr_lambda</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/LrLambda.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LrLambda = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LrLambda as default
};
