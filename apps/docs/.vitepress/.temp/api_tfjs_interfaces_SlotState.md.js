import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SlotState","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/SlotState.md","filePath":"api/tfjs/interfaces/SlotState.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/SlotState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / SlotState</p><h1 id="interface-slotstate" tabindex="-1">Interface: SlotState <a class="header-anchor" href="#interface-slotstate" aria-label="Permalink to &quot;Interface: SlotState&quot;">​</a></h1><p>A saved slot: its tfjs name and the weight that holds its value in the checkpoint.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="originalname" tabindex="-1">originalName <a class="header-anchor" href="#originalname" aria-label="Permalink to &quot;originalName&quot;">​</a></h3><blockquote><p><strong>originalName</strong>: <code>string</code></p></blockquote><hr><h3 id="weight" tabindex="-1">weight <a class="header-anchor" href="#weight" aria-label="Permalink to &quot;weight&quot;">​</a></h3><blockquote><p><strong>weight</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/SlotState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SlotState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SlotState as default
};
