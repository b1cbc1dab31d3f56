import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CycleShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/CycleShape.md","filePath":"api/core/type-aliases/CycleShape.md"}');
const _sfc_main = { name: "api/core/type-aliases/CycleShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / CycleShape</p><h1 id="type-alias-cycleshape" tabindex="-1">Type Alias: CycleShape <a class="header-anchor" href="#type-alias-cycleshape" aria-label="Permalink to &quot;Type Alias: CycleShape&quot;">​</a></h1><blockquote><p><strong>CycleShape</strong> = <code>&quot;cosine&quot;</code> | <code>&quot;linear&quot;</code> | <code>&quot;polynomial&quot;</code> | <code>&quot;tanh&quot;</code></p></blockquote><p>The curve each restart cycle follows, from 1 at its start to 0 at its end.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/CycleShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CycleShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CycleShape as default
};
