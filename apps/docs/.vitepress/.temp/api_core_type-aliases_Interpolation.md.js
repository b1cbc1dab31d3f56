import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Interpolation","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/Interpolation.md","filePath":"api/core/type-aliases/Interpolation.md"}');
const _sfc_main = { name: "api/core/type-aliases/Interpolation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / Interpolation</p><h1 id="type-alias-interpolation" tabindex="-1">Type Alias: Interpolation <a class="header-anchor" href="#type-alias-interpolation" aria-label="Permalink to &quot;Type Alias: Interpolation&quot;">​</a></h1><blockquote><p><strong>Interpolation</strong> = <code>&quot;linear&quot;</code> | <code>&quot;cosine&quot;</code></p></blockquote><p>How a piecewise interpolated schedule moves between two knots.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Interpolation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Interpolation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Interpolation as default
};
