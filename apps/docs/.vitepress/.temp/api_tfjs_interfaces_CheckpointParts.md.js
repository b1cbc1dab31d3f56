import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckpointParts","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/CheckpointParts.md","filePath":"api/tfjs/interfaces/CheckpointParts.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/CheckpointParts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / CheckpointParts</p><h1 id="interface-checkpointparts" tabindex="-1">Interface: CheckpointParts <a class="header-anchor" href="#interface-checkpointparts" aria-label="Permalink to &quot;Interface: CheckpointParts&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="optimizers" tabindex="-1">optimizers? <a class="header-anchor" href="#optimizers" aria-label="Permalink to &quot;optimizers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>optimizers?</strong>: readonly <a href="./../type-aliases/CheckpointOptimizer"><code>CheckpointOptimizer</code></a>[]</p></blockquote><p>The optimizers trained with (bindings or GroupedOptimizers), in a fixed order.</p><hr><h3 id="schedulers" tabindex="-1">schedulers? <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schedulers?</strong>: readonly <a href="./../type-aliases/CheckpointScheduler"><code>CheckpointScheduler</code></a>[]</p></blockquote><p>The scheduler callbacks or runners, in a fixed order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/CheckpointParts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckpointParts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckpointParts as default
};
