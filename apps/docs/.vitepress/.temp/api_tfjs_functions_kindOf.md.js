import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: kindOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/kindOf.md","filePath":"api/tfjs/functions/kindOf.md"}');
const _sfc_main = { name: "api/tfjs/functions/kindOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / kindOf</p><h1 id="function-kindof" tabindex="-1">Function: kindOf() <a class="header-anchor" href="#function-kindof" aria-label="Permalink to &quot;Function: kindOf()&quot;">​</a></h1><blockquote><p><strong>kindOf</strong>(<code>optimizer</code>): <a href="./../type-aliases/TfOptimizerKind"><code>TfOptimizerKind</code></a></p></blockquote><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/TfOptimizerKind"><code>TfOptimizerKind</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/kindOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kindOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kindOf as default
};
