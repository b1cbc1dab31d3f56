import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WarmupScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/WarmupScheduleOptions.md","filePath":"api/core/interfaces/WarmupScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/WarmupScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / WarmupScheduleOptions</p><h1 id="interface-warmupscheduleoptions" tabindex="-1">Interface: WarmupScheduleOptions <a class="header-anchor" href="#interface-warmupscheduleoptions" aria-label="Permalink to &quot;Interface: WarmupScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/warmupSchedule">warmupSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="prefix" tabindex="-1">prefix? <a class="header-anchor" href="#prefix" aria-label="Permalink to &quot;prefix?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>prefix?</strong>: <code>boolean</code></p></blockquote><p>true (default): the wrapped schedule starts after the warmup (lr(W + t) = schedule(t)) and the warmup climbs to schedule(0). false: the warmup replaces the wrapped schedule&#39;s first W steps and climbs to schedule(W).</p><hr><h3 id="schedule" tabindex="-1">schedule <a class="header-anchor" href="#schedule" aria-label="Permalink to &quot;schedule&quot;">​</a></h3><blockquote><p><strong>schedule</strong>: <a href="./Schedule"><code>Schedule</code></a></p></blockquote><p>The schedule that follows the warmup.</p><hr><h3 id="shape" tabindex="-1">shape? <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>shape?</strong>: <a href="./../type-aliases/WarmupShape"><code>WarmupShape</code></a></p></blockquote><p>Default &#39;linear&#39;. &#39;exponential&#39; multiplies by a constant factor every step.</p><hr><h3 id="startlr" tabindex="-1">startLr? <a class="header-anchor" href="#startlr" aria-label="Permalink to &quot;startLr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>startLr?</strong>: <code>number</code></p></blockquote><p>The lr at step 0. Default 0 (must be &gt; 0 for an exponential warmup).</p><hr><h3 id="warmupsteps" tabindex="-1">warmupSteps <a class="header-anchor" href="#warmupsteps" aria-label="Permalink to &quot;warmupSteps&quot;">​</a></h3><blockquote><p><strong>warmupSteps</strong>: <code>number</code></p></blockquote><p>Steps of warmup; the target is reached at exactly this step. 0 disables it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/WarmupScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WarmupScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WarmupScheduleOptions as default
};
