import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: WarmupShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/WarmupShape.md","filePath":"api/core/type-aliases/WarmupShape.md"}');
const _sfc_main = { name: "api/core/type-aliases/WarmupShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / WarmupShape</p><h1 id="type-alias-warmupshape" tabindex="-1">Type Alias: WarmupShape <a class="header-anchor" href="#type-alias-warmupshape" aria-label="Permalink to &quot;Type Alias: WarmupShape&quot;">​</a></h1><blockquote><p><strong>WarmupShape</strong> = <code>&quot;linear&quot;</code> | <code>&quot;cosine&quot;</code> | <code>&quot;exponential&quot;</code></p></blockquote><p>The curve of a warmup from its start lr to its target.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/WarmupShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WarmupShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WarmupShape as default
};
