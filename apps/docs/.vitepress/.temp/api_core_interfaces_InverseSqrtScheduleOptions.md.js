import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InverseSqrtScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/InverseSqrtScheduleOptions.md","filePath":"api/core/interfaces/InverseSqrtScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/InverseSqrtScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / InverseSqrtScheduleOptions</p><h1 id="interface-inversesqrtscheduleoptions" tabindex="-1">Interface: InverseSqrtScheduleOptions <a class="header-anchor" href="#interface-inversesqrtscheduleoptions" aria-label="Permalink to &quot;Interface: InverseSqrtScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/inverseSqrtSchedule">inverseSqrtSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="peaklr" tabindex="-1">peakLr <a class="header-anchor" href="#peaklr" aria-label="Permalink to &quot;peakLr&quot;">​</a></h3><blockquote><p><strong>peakLr</strong>: <code>number</code></p></blockquote><p>The lr at step 0.</p><hr><h3 id="timescalesteps" tabindex="-1">timescaleSteps <a class="header-anchor" href="#timescalesteps" aria-label="Permalink to &quot;timescaleSteps&quot;">​</a></h3><blockquote><p><strong>timescaleSteps</strong>: <code>number</code></p></blockquote><p>Steps over which the lr falls by a factor √2 (positive); the decay is √(τ / (t + τ)).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/InverseSqrtScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InverseSqrtScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InverseSqrtScheduleOptions as default
};
