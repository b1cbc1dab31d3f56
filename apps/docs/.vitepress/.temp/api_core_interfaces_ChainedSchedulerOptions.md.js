import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChainedSchedulerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ChainedSchedulerOptions.md","filePath":"api/core/interfaces/ChainedSchedulerOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/ChainedSchedulerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ChainedSchedulerOptions</p><h1 id="interface-chainedscheduleroptions" tabindex="-1">Interface: ChainedSchedulerOptions <a class="header-anchor" href="#interface-chainedscheduleroptions" aria-label="Permalink to &quot;Interface: ChainedSchedulerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="schedulers" tabindex="-1">schedulers <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers&quot;">​</a></h3><blockquote><p><strong>schedulers</strong>: readonly <a href="./../classes/LRScheduler"><code>LRScheduler</code></a>[]</p></blockquote><p>Schedulers stepped one after another at every step, each multiplying into the lr.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ChainedSchedulerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChainedSchedulerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChainedSchedulerOptions as default
};
