import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OptimizerState","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/OptimizerState.md","filePath":"api/tfjs/type-aliases/OptimizerState.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/OptimizerState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / OptimizerState</p><h1 id="type-alias-optimizerstate" tabindex="-1">Type Alias: OptimizerState <a class="header-anchor" href="#type-alias-optimizerstate" aria-label="Permalink to &quot;Type Alias: OptimizerState&quot;">​</a></h1><blockquote><p><strong>OptimizerState</strong> = <a href="./../interfaces/BindingState"><code>BindingState</code></a> | <a href="./../interfaces/GroupedState"><code>GroupedState</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/OptimizerState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptimizerState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptimizerState as default
};
