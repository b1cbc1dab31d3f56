import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CheckpointOptimizer","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/CheckpointOptimizer.md","filePath":"api/tfjs/type-aliases/CheckpointOptimizer.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/CheckpointOptimizer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / CheckpointOptimizer</p><h1 id="type-alias-checkpointoptimizer" tabindex="-1">Type Alias: CheckpointOptimizer <a class="header-anchor" href="#type-alias-checkpointoptimizer" aria-label="Permalink to &quot;Type Alias: CheckpointOptimizer&quot;">​</a></h1><blockquote><p><strong>CheckpointOptimizer</strong> = <a href="./../classes/TfjsOptimizerBinding"><code>TfjsOptimizerBinding</code></a> | <a href="./../classes/GroupedOptimizer"><code>GroupedOptimizer</code></a></p></blockquote><p>An optimizer lrkit can checkpoint: a binding or a GroupedOptimizer.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/CheckpointOptimizer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckpointOptimizer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckpointOptimizer as default
};
