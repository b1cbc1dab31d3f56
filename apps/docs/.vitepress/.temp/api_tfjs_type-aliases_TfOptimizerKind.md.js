import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TfOptimizerKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/TfOptimizerKind.md","filePath":"api/tfjs/type-aliases/TfOptimizerKind.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TfOptimizerKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / TfOptimizerKind</p><h1 id="type-alias-tfoptimizerkind" tabindex="-1">Type Alias: TfOptimizerKind <a class="header-anchor" href="#type-alias-tfoptimizerkind" aria-label="Permalink to &quot;Type Alias: TfOptimizerKind&quot;">​</a></h1><blockquote><p><strong>TfOptimizerKind</strong> = <code>&quot;sgd&quot;</code> | <code>&quot;momentum&quot;</code> | <code>&quot;adam&quot;</code> | <code>&quot;adamax&quot;</code> | <code>&quot;adagrad&quot;</code> | <code>&quot;adadelta&quot;</code> | <code>&quot;rmsprop&quot;</code></p></blockquote><p>The seven <code>tf.train</code> optimizers, by the update rule they implement.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TfOptimizerKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TfOptimizerKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TfOptimizerKind as default
};
