import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreviewCurve<S>","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/PreviewCurve.md","filePath":"api/core/interfaces/PreviewCurve.md"}');
const _sfc_main = { name: "api/core/interfaces/PreviewCurve.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PreviewCurve</p><h1 id="interface-previewcurve-s" tabindex="-1">Interface: PreviewCurve&lt;S&gt; <a class="header-anchor" href="#interface-previewcurve-s" aria-label="Permalink to &quot;Interface: PreviewCurve\\&lt;S\\&gt;&quot;">​</a></h1><p>A curve: <code>lr[group][i]</code> is the lr at <code>steps[i]</code>; <code>momentum</code> where the schedule cycles it.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="s" tabindex="-1">S <a class="header-anchor" href="#s" aria-label="Permalink to &quot;S&quot;">​</a></h3><p><code>S</code> <em>extends</em> <code>ArrayLike</code>&lt;<code>number</code>&gt; = <code>number</code>[]</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>S</code>[]</p></blockquote><hr><h3 id="momentum" tabindex="-1">momentum? <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>momentum?</strong>: <code>S</code>[]</p></blockquote><hr><h3 id="steps" tabindex="-1">steps <a class="header-anchor" href="#steps" aria-label="Permalink to &quot;steps&quot;">​</a></h3><blockquote><p><strong>steps</strong>: <code>S</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PreviewCurve.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviewCurve = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviewCurve as default
};
