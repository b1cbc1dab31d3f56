import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SchedulerSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/type-aliases/SchedulerSource.md","filePath":"api/tfjs/type-aliases/SchedulerSource.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/SchedulerSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / SchedulerSource</p><h1 id="type-alias-schedulersource" tabindex="-1">Type Alias: SchedulerSource <a class="header-anchor" href="#type-alias-schedulersource" aria-label="Permalink to &quot;Type Alias: SchedulerSource&quot;">​</a></h1><blockquote><p><strong>SchedulerSource</strong> = <code>SchedulerRunner</code> | <code>RunnerEntry</code> | readonly <code>RunnerEntry</code>[] | <code>Scheduler</code></p></blockquote><p>What a scheduler callback is built from: a runner, runner entries, or one scheduler.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/SchedulerSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerSource as default
};
