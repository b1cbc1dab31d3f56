import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TypedPreviewCurve","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/TypedPreviewCurve.md","filePath":"api/core/type-aliases/TypedPreviewCurve.md"}');
const _sfc_main = { name: "api/core/type-aliases/TypedPreviewCurve.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / TypedPreviewCurve</p><h1 id="type-alias-typedpreviewcurve" tabindex="-1">Type Alias: TypedPreviewCurve <a class="header-anchor" href="#type-alias-typedpreviewcurve" aria-label="Permalink to &quot;Type Alias: TypedPreviewCurve&quot;">​</a></h1><blockquote><p><strong>TypedPreviewCurve</strong> = <a href="./../interfaces/PreviewCurve"><code>PreviewCurve</code></a>&lt;<code>Float64Array</code>&gt;</p></blockquote><p><code>preview(spec, { typed: true })</code>: the same curve in Float64Arrays.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/TypedPreviewCurve.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TypedPreviewCurve = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TypedPreviewCurve as default
};
