import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: NoiseType","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/NoiseType.md","filePath":"api/core/type-aliases/NoiseType.md"}');
const _sfc_main = { name: "api/core/type-aliases/NoiseType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / NoiseType</p><h1 id="type-alias-noisetype" tabindex="-1">Type Alias: NoiseType <a class="header-anchor" href="#type-alias-noisetype" aria-label="Permalink to &quot;Type Alias: NoiseType&quot;">​</a></h1><blockquote><p><strong>NoiseType</strong> = <code>&quot;normal&quot;</code> | <code>&quot;uniform&quot;</code></p></blockquote><p>The distribution of the relative noise.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/NoiseType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NoiseType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NoiseType as default
};
