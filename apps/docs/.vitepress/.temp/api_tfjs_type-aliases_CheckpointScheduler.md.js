import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CheckpointScheduler","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/CheckpointScheduler.md","filePath":"api/tfjs/type-aliases/CheckpointScheduler.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/CheckpointScheduler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / CheckpointScheduler</p><h1 id="type-alias-checkpointscheduler" tabindex="-1">Type Alias: CheckpointScheduler <a class="header-anchor" href="#type-alias-checkpointscheduler" aria-label="Permalink to &quot;Type Alias: CheckpointScheduler&quot;">​</a></h1><blockquote><p><strong>CheckpointScheduler</strong> = <a href="./../classes/LrSchedulerCallback"><code>LrSchedulerCallback</code></a> | <code>SchedulerRunner</code></p></blockquote><p>What a checkpoint saves and restores the schedule of: a scheduler callback or a runner.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/CheckpointScheduler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckpointScheduler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckpointScheduler as default
};
