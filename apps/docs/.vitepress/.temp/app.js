var __defProp = Object.defineProperty;
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var _a, _b, _c, _d, _e, _f, _g, _h, _i, _at, _j, _k, _l, _m, _n, _schedules, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _A, _B;
import { ssrRenderAttrs, ssrRenderSlot, ssrInterpolate, ssrRenderAttr, ssrRenderList, ssrRenderComponent, ssrRenderVNode, ssrRenderClass, ssrIncludeBooleanAttr, ssrLooseContain, ssrRenderStyle, renderToString } from "vue/server-renderer";
import { defineComponent, mergeProps, useSSRContext, getCurrentInstance, hasInjectionContext, inject, watch, getCurrentScope, onScopeDispose, onMounted, nextTick, isRef, toValue, toRef as toRef$1, readonly, customRef, ref, shallowRef, watchEffect, computed, unref, reactive, onUnmounted, markRaw, h, watchPostEffect, onUpdated, resolveComponent, createVNode, resolveDynamicComponent, withCtx, renderSlot, createTextVNode, toDisplayString, openBlock, createBlock, createCommentVNode, Fragment, renderList, defineAsyncComponent, provide, toHandlers, withKeys, onBeforeUnmount, useSlots, createSSRApp } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const _sfc_main$18 = /* @__PURE__ */ defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs(mergeProps({
        class: ["VPBadge", _ctx.type]
      }, _attrs))}>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate(_ctx.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$18 = _sfc_main$18.setup;
_sfc_main$18.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$18 ? _sfc_setup$18(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse(`{"lang":"en-US","dir":"ltr","title":"lrkit","description":"Learning-rate schedules for JavaScript with PyTorch's exact numbers.","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"nav":[{"text":"Guide","link":"/guide/getting-started"},{"text":"Gallery","link":"/gallery/"},{"text":"API","link":"/api/"}],"sidebar":{"/guide/":[{"text":"Start","items":[{"text":"Getting started","link":"/guide/getting-started"},{"text":"With TensorFlow.js","link":"/guide/tfjs"},{"text":"With onnxruntime-node","link":"/guide/onnxruntime"},{"text":"Specs and preview","link":"/guide/specs"}]},{"text":"Coming from","items":[{"text":"PyTorch","link":"/guide/from-pytorch"},{"text":"HuggingFace, timm, Keras, optax","link":"/guide/from-other-libraries"}]},{"text":"In depth","items":[{"text":"Writing your own scheduler","link":"/guide/custom-scheduler"},{"text":"Resuming from checkpoints","link":"/guide/checkpoints"},{"text":"The runner: several optimizers","link":"/guide/runner"},{"text":"Benchmarks","link":"/guide/benchmarks"}]}],"/gallery/":[{"text":"Gallery","items":[{"text":"All schedules","link":"/gallery/"},{"text":"Compare","link":"/gallery/compare"}]},{"text":"PyTorch schedulers","collapsed":false,"items":[{"text":"LambdaLR","link":"/gallery/lambda-lr"},{"text":"MultiplicativeLR","link":"/gallery/multiplicative-lr"},{"text":"StepLR","link":"/gallery/step-lr"},{"text":"MultiStepLR","link":"/gallery/multi-step-lr"},{"text":"ConstantLR","link":"/gallery/constant-lr"},{"text":"LinearLR","link":"/gallery/linear-lr"},{"text":"ExponentialLR","link":"/gallery/exponential-lr"},{"text":"PolynomialLR","link":"/gallery/polynomial-lr"},{"text":"CosineAnnealingLR","link":"/gallery/cosine-annealing-lr"},{"text":"SequentialLR","link":"/gallery/sequential-lr"},{"text":"ChainedScheduler","link":"/gallery/chained-scheduler"},{"text":"ReduceLROnPlateau","link":"/gallery/reduce-lr-on-plateau"},{"text":"CyclicLR","link":"/gallery/cyclic-lr"},{"text":"OneCycleLR","link":"/gallery/one-cycle-lr"},{"text":"CosineAnnealingWarmRestarts","link":"/gallery/cosine-annealing-warm-restarts"}]},{"text":"Other schedulers","collapsed":true,"items":[{"text":"CosineAnnealingWarmupRestarts","link":"/gallery/cosine-annealing-warmup-restarts"},{"text":"LinearAnnealingLR","link":"/gallery/linear-annealing-lr"},{"text":"ParamwiseScheduler","link":"/gallery/paramwise-scheduler"}]},{"text":"Closed-form schedules","collapsed":true,"items":[{"text":"constant","link":"/gallery/constant"},{"text":"linear","link":"/gallery/linear"},{"text":"cosine","link":"/gallery/cosine"},{"text":"exponential","link":"/gallery/exponential"},{"text":"polynomial","link":"/gallery/polynomial"},{"text":"piecewise-constant","link":"/gallery/piecewise-constant"},{"text":"piecewise-interpolated","link":"/gallery/piecewise-interpolated"},{"text":"inverse-sqrt","link":"/gallery/inverse-sqrt"},{"text":"inverse-time","link":"/gallery/inverse-time"},{"text":"warmup","link":"/gallery/warmup"},{"text":"join","link":"/gallery/join"},{"text":"restarts","link":"/gallery/restarts"},{"text":"noise","link":"/gallery/noise"}]},{"text":"HuggingFace transformers presets","collapsed":true,"items":[{"text":"hf-constant","link":"/gallery/hf-constant"},{"text":"hf-constant-with-warmup","link":"/gallery/hf-constant-with-warmup"},{"text":"hf-linear","link":"/gallery/hf-linear"},{"text":"hf-cosine","link":"/gallery/hf-cosine"},{"text":"hf-cosine-with-restarts","link":"/gallery/hf-cosine-with-restarts"},{"text":"hf-polynomial","link":"/gallery/hf-polynomial"},{"text":"hf-inverse-sqrt","link":"/gallery/hf-inverse-sqrt"},{"text":"hf-cosine-with-min-lr","link":"/gallery/hf-cosine-with-min-lr"},{"text":"hf-cosine-warmup-with-min-lr","link":"/gallery/hf-cosine-warmup-with-min-lr"},{"text":"hf-warmup-stable-decay","link":"/gallery/hf-warmup-stable-decay"}]},{"text":"timm presets","collapsed":true,"items":[{"text":"timm-cosine","link":"/gallery/timm-cosine"},{"text":"timm-poly","link":"/gallery/timm-poly"},{"text":"timm-tanh","link":"/gallery/timm-tanh"}]},{"text":"Keras presets","collapsed":true,"items":[{"text":"keras-exponential-decay","link":"/gallery/keras-exponential-decay"},{"text":"keras-piecewise-constant-decay","link":"/gallery/keras-piecewise-constant-decay"},{"text":"keras-polynomial-decay","link":"/gallery/keras-polynomial-decay"},{"text":"keras-inverse-time-decay","link":"/gallery/keras-inverse-time-decay"},{"text":"keras-cosine-decay","link":"/gallery/keras-cosine-decay"},{"text":"keras-cosine-decay-restarts","link":"/gallery/keras-cosine-decay-restarts"}]},{"text":"optax presets","collapsed":true,"items":[{"text":"optax-linear-onecycle","link":"/gallery/optax-linear-onecycle"},{"text":"optax-cosine-onecycle","link":"/gallery/optax-cosine-onecycle"}]}],"/api/":[{"text":"@lrkit/core","link":"/api/core/","collapsed":false,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"BaseScheduler","link":"/api/core/classes/BaseScheduler.md"},{"text":"ChainedScheduler","link":"/api/core/classes/ChainedScheduler.md"},{"text":"ConstantLR","link":"/api/core/classes/ConstantLR.md"},{"text":"CosineAnnealingLR","link":"/api/core/classes/CosineAnnealingLR.md"},{"text":"CosineAnnealingWarmRestarts","link":"/api/core/classes/CosineAnnealingWarmRestarts.md"},{"text":"CosineAnnealingWarmupRestarts","link":"/api/core/classes/CosineAnnealingWarmupRestarts.md"},{"text":"CyclicLR","link":"/api/core/classes/CyclicLR.md"},{"text":"ExponentialLR","link":"/api/core/classes/ExponentialLR.md"},{"text":"InvalidArgumentError","link":"/api/core/classes/InvalidArgumentError.md"},{"text":"LambdaLR","link":"/api/core/classes/LambdaLR.md"},{"text":"LinearAnnealingLR","link":"/api/core/classes/LinearAnnealingLR.md"},{"text":"LinearLR","link":"/api/core/classes/LinearLR.md"},{"text":"LrHistory","link":"/api/core/classes/LrHistory.md"},{"text":"LrkitError","link":"/api/core/classes/LrkitError.md"},{"text":"LRScheduler","link":"/api/core/classes/LRScheduler.md"},{"text":"MissingMetricError","link":"/api/core/classes/MissingMetricError.md"},{"text":"MultiplicativeLR","link":"/api/core/classes/MultiplicativeLR.md"},{"text":"MultiStepLR","link":"/api/core/classes/MultiStepLR.md"},{"text":"OneCycleLR","link":"/api/core/classes/OneCycleLR.md"},{"text":"ParamwiseScheduler","link":"/api/core/classes/ParamwiseScheduler.md"},{"text":"PolynomialLR","link":"/api/core/classes/PolynomialLR.md"},{"text":"ReduceLROnPlateau","link":"/api/core/classes/ReduceLROnPlateau.md"},{"text":"ScheduleExhaustedError","link":"/api/core/classes/ScheduleExhaustedError.md"},{"text":"ScheduleLR","link":"/api/core/classes/ScheduleLR.md"},{"text":"SchedulerRunner","link":"/api/core/classes/SchedulerRunner.md"},{"text":"SequentialLR","link":"/api/core/classes/SequentialLR.md"},{"text":"StepLR","link":"/api/core/classes/StepLR.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"ChainedSchedulerOptions","link":"/api/core/interfaces/ChainedSchedulerOptions.md"},{"text":"ConstantLROptions","link":"/api/core/interfaces/ConstantLROptions.md"},{"text":"ConstantScheduleOptions","link":"/api/core/interfaces/ConstantScheduleOptions.md"},{"text":"CosineAnnealingLROptions","link":"/api/core/interfaces/CosineAnnealingLROptions.md"},{"text":"CosineAnnealingWarmRestartsOptions","link":"/api/core/interfaces/CosineAnnealingWarmRestartsOptions.md"},{"text":"CosineAnnealingWarmupRestartsOptions","link":"/api/core/interfaces/CosineAnnealingWarmupRestartsOptions.md"},{"text":"CosineScheduleOptions","link":"/api/core/interfaces/CosineScheduleOptions.md"},{"text":"CyclicLROptions","link":"/api/core/interfaces/CyclicLROptions.md"},{"text":"ExponentialLROptions","link":"/api/core/interfaces/ExponentialLROptions.md"},{"text":"ExponentialScheduleOptions","link":"/api/core/interfaces/ExponentialScheduleOptions.md"},{"text":"HfConstantWithWarmupOptions","link":"/api/core/interfaces/HfConstantWithWarmupOptions.md"},{"text":"HfCosineOptions","link":"/api/core/interfaces/HfCosineOptions.md"},{"text":"HfCosineWarmupWithMinLrOptions","link":"/api/core/interfaces/HfCosineWarmupWithMinLrOptions.md"},{"text":"HfCosineWithMinLrOptions","link":"/api/core/interfaces/HfCosineWithMinLrOptions.md"},{"text":"HfCosineWithRestartsOptions","link":"/api/core/interfaces/HfCosineWithRestartsOptions.md"},{"text":"HfGetSchedulerOptions","link":"/api/core/interfaces/HfGetSchedulerOptions.md"},{"text":"HfInverseSqrtOptions","link":"/api/core/interfaces/HfInverseSqrtOptions.md"},{"text":"HfLinearOptions","link":"/api/core/interfaces/HfLinearOptions.md"},{"text":"HfPolynomialOptions","link":"/api/core/interfaces/HfPolynomialOptions.md"},{"text":"HfWarmupStableDecayOptions","link":"/api/core/interfaces/HfWarmupStableDecayOptions.md"},{"text":"InverseSqrtScheduleOptions","link":"/api/core/interfaces/InverseSqrtScheduleOptions.md"},{"text":"InverseTimeScheduleOptions","link":"/api/core/interfaces/InverseTimeScheduleOptions.md"},{"text":"JoinSchedulesOptions","link":"/api/core/interfaces/JoinSchedulesOptions.md"},{"text":"KerasCosineDecayOptions","link":"/api/core/interfaces/KerasCosineDecayOptions.md"},{"text":"KerasCosineDecayRestartsOptions","link":"/api/core/interfaces/KerasCosineDecayRestartsOptions.md"},{"text":"KerasExponentialDecayOptions","link":"/api/core/interfaces/KerasExponentialDecayOptions.md"},{"text":"KerasInverseTimeDecayOptions","link":"/api/core/interfaces/KerasInverseTimeDecayOptions.md"},{"text":"KerasPiecewiseConstantDecayOptions","link":"/api/core/interfaces/KerasPiecewiseConstantDecayOptions.md"},{"text":"KerasPolynomialDecayOptions","link":"/api/core/interfaces/KerasPolynomialDecayOptions.md"},{"text":"LambdaLROptions","link":"/api/core/interfaces/LambdaLROptions.md"},{"text":"LinearAnnealingLROptions","link":"/api/core/interfaces/LinearAnnealingLROptions.md"},{"text":"LinearLROptions","link":"/api/core/interfaces/LinearLROptions.md"},{"text":"LinearScheduleOptions","link":"/api/core/interfaces/LinearScheduleOptions.md"},{"text":"LrHistoryJSON","link":"/api/core/interfaces/LrHistoryJSON.md"},{"text":"LrSeries","link":"/api/core/interfaces/LrSeries.md"},{"text":"MultiplicativeLROptions","link":"/api/core/interfaces/MultiplicativeLROptions.md"},{"text":"MultiStepLROptions","link":"/api/core/interfaces/MultiStepLROptions.md"},{"text":"NoiseScheduleOptions","link":"/api/core/interfaces/NoiseScheduleOptions.md"},{"text":"OneCycleLROptions","link":"/api/core/interfaces/OneCycleLROptions.md"},{"text":"OptaxCosineOnecycleOptions","link":"/api/core/interfaces/OptaxCosineOnecycleOptions.md"},{"text":"OptaxLinearOnecycleOptions","link":"/api/core/interfaces/OptaxLinearOnecycleOptions.md"},{"text":"Optimizer","link":"/api/core/interfaces/Optimizer.md"},{"text":"ParamGroup","link":"/api/core/interfaces/ParamGroup.md"},{"text":"ParamwiseSchedulerOptions","link":"/api/core/interfaces/ParamwiseSchedulerOptions.md"},{"text":"PiecewiseConstantScheduleOptions","link":"/api/core/interfaces/PiecewiseConstantScheduleOptions.md"},{"text":"PiecewiseInterpolatedScheduleOptions","link":"/api/core/interfaces/PiecewiseInterpolatedScheduleOptions.md"},{"text":"PolynomialLROptions","link":"/api/core/interfaces/PolynomialLROptions.md"},{"text":"PolynomialScheduleOptions","link":"/api/core/interfaces/PolynomialScheduleOptions.md"},{"text":"PreviewCurve","link":"/api/core/interfaces/PreviewCurve.md"},{"text":"PreviewOptions","link":"/api/core/interfaces/PreviewOptions.md"},{"text":"ReduceLROnPlateauOptions","link":"/api/core/interfaces/ReduceLROnPlateauOptions.md"},{"text":"ResolvedRunnerEntry","link":"/api/core/interfaces/ResolvedRunnerEntry.md"},{"text":"RestartsScheduleOptions","link":"/api/core/interfaces/RestartsScheduleOptions.md"},{"text":"RunnerEntry","link":"/api/core/interfaces/RunnerEntry.md"},{"text":"RunnerState","link":"/api/core/interfaces/RunnerState.md"},{"text":"Schedule","link":"/api/core/interfaces/Schedule.md"},{"text":"ScheduleLROptions","link":"/api/core/interfaces/ScheduleLROptions.md"},{"text":"Scheduler","link":"/api/core/interfaces/Scheduler.md"},{"text":"SchedulerBaseOptions","link":"/api/core/interfaces/SchedulerBaseOptions.md"},{"text":"SchedulerRunnerOptions","link":"/api/core/interfaces/SchedulerRunnerOptions.md"},{"text":"SchedulerSpec","link":"/api/core/interfaces/SchedulerSpec.md"},{"text":"SchedulerState","link":"/api/core/interfaces/SchedulerState.md"},{"text":"ScheduleSpec","link":"/api/core/interfaces/ScheduleSpec.md"},{"text":"SequentialLROptions","link":"/api/core/interfaces/SequentialLROptions.md"},{"text":"StepLROptions","link":"/api/core/interfaces/StepLROptions.md"},{"text":"TimmCommonOptions","link":"/api/core/interfaces/TimmCommonOptions.md"},{"text":"TimmCosineOptions","link":"/api/core/interfaces/TimmCosineOptions.md"},{"text":"TimmPolyOptions","link":"/api/core/interfaces/TimmPolyOptions.md"},{"text":"TimmTanhOptions","link":"/api/core/interfaces/TimmTanhOptions.md"},{"text":"TorchSchedulerConfig","link":"/api/core/interfaces/TorchSchedulerConfig.md"},{"text":"WarmupScheduleOptions","link":"/api/core/interfaces/WarmupScheduleOptions.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"CycleShape","link":"/api/core/type-aliases/CycleShape.md"},{"text":"GroupSchedulerFactory","link":"/api/core/type-aliases/GroupSchedulerFactory.md"},{"text":"HfSchedulerName","link":"/api/core/type-aliases/HfSchedulerName.md"},{"text":"HfWsdShape","link":"/api/core/type-aliases/HfWsdShape.md"},{"text":"Interpolation","link":"/api/core/type-aliases/Interpolation.md"},{"text":"JsonValue","link":"/api/core/type-aliases/JsonValue.md"},{"text":"LrLambda","link":"/api/core/type-aliases/LrLambda.md"},{"text":"NoiseType","link":"/api/core/type-aliases/NoiseType.md"},{"text":"PreviewSource","link":"/api/core/type-aliases/PreviewSource.md"},{"text":"ScaleFn","link":"/api/core/type-aliases/ScaleFn.md"},{"text":"ScheduleLRMode","link":"/api/core/type-aliases/ScheduleLRMode.md"},{"text":"SchedulerFactory","link":"/api/core/type-aliases/SchedulerFactory.md"},{"text":"TypedPreviewCurve","link":"/api/core/type-aliases/TypedPreviewCurve.md"},{"text":"WarmupShape","link":"/api/core/type-aliases/WarmupShape.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"torchSchedulerNames","link":"/api/core/variables/torchSchedulerNames.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"constantSchedule","link":"/api/core/functions/constantSchedule.md"},{"text":"cosineSchedule","link":"/api/core/functions/cosineSchedule.md"},{"text":"exponentialSchedule","link":"/api/core/functions/exponentialSchedule.md"},{"text":"fromSpec","link":"/api/core/functions/fromSpec.md"},{"text":"fromTorch","link":"/api/core/functions/fromTorch.md"},{"text":"hfConstant","link":"/api/core/functions/hfConstant.md"},{"text":"hfConstantWithWarmup","link":"/api/core/functions/hfConstantWithWarmup.md"},{"text":"hfCosine","link":"/api/core/functions/hfCosine.md"},{"text":"hfCosineWarmupWithMinLr","link":"/api/core/functions/hfCosineWarmupWithMinLr.md"},{"text":"hfCosineWithMinLr","link":"/api/core/functions/hfCosineWithMinLr.md"},{"text":"hfCosineWithRestarts","link":"/api/core/functions/hfCosineWithRestarts.md"},{"text":"hfGetScheduler","link":"/api/core/functions/hfGetScheduler.md"},{"text":"hfInverseSqrt","link":"/api/core/functions/hfInverseSqrt.md"},{"text":"hfLinear","link":"/api/core/functions/hfLinear.md"},{"text":"hfPolynomial","link":"/api/core/functions/hfPolynomial.md"},{"text":"hfWarmupStableDecay","link":"/api/core/functions/hfWarmupStableDecay.md"},{"text":"inverseSqrtSchedule","link":"/api/core/functions/inverseSqrtSchedule.md"},{"text":"inverseTimeSchedule","link":"/api/core/functions/inverseTimeSchedule.md"},{"text":"isMetricDriven","link":"/api/core/functions/isMetricDriven.md"},{"text":"isScheduleType","link":"/api/core/functions/isScheduleType.md"},{"text":"joinSchedules","link":"/api/core/functions/joinSchedules.md"},{"text":"kerasCosineDecay","link":"/api/core/functions/kerasCosineDecay.md"},{"text":"kerasCosineDecayRestarts","link":"/api/core/functions/kerasCosineDecayRestarts.md"},{"text":"kerasExponentialDecay","link":"/api/core/functions/kerasExponentialDecay.md"},{"text":"kerasInverseTimeDecay","link":"/api/core/functions/kerasInverseTimeDecay.md"},{"text":"kerasPiecewiseConstantDecay","link":"/api/core/functions/kerasPiecewiseConstantDecay.md"},{"text":"kerasPolynomialDecay","link":"/api/core/functions/kerasPolynomialDecay.md"},{"text":"linearSchedule","link":"/api/core/functions/linearSchedule.md"},{"text":"noiseSchedule","link":"/api/core/functions/noiseSchedule.md"},{"text":"optaxCosineOnecycleSchedule","link":"/api/core/functions/optaxCosineOnecycleSchedule.md"},{"text":"optaxJoinSchedules","link":"/api/core/functions/optaxJoinSchedules.md"},{"text":"optaxLinearOnecycleSchedule","link":"/api/core/functions/optaxLinearOnecycleSchedule.md"},{"text":"parseTorchString","link":"/api/core/functions/parseTorchString.md"},{"text":"piecewiseConstantSchedule","link":"/api/core/functions/piecewiseConstantSchedule.md"},{"text":"piecewiseInterpolatedSchedule","link":"/api/core/functions/piecewiseInterpolatedSchedule.md"},{"text":"polynomialSchedule","link":"/api/core/functions/polynomialSchedule.md"},{"text":"preview","link":"/api/core/functions/preview.md"},{"text":"restartsSchedule","link":"/api/core/functions/restartsSchedule.md"},{"text":"scheduleFromSpec","link":"/api/core/functions/scheduleFromSpec.md"},{"text":"scheduleTypes","link":"/api/core/functions/scheduleTypes.md"},{"text":"specFromTorch","link":"/api/core/functions/specFromTorch.md"},{"text":"specTypes","link":"/api/core/functions/specTypes.md"},{"text":"timmCosine","link":"/api/core/functions/timmCosine.md"},{"text":"timmPoly","link":"/api/core/functions/timmPoly.md"},{"text":"timmTanh","link":"/api/core/functions/timmTanh.md"},{"text":"torchKwargsOf","link":"/api/core/functions/torchKwargsOf.md"},{"text":"toSpec","link":"/api/core/functions/toSpec.md"},{"text":"validateOptimizer","link":"/api/core/functions/validateOptimizer.md"},{"text":"warmupSchedule","link":"/api/core/functions/warmupSchedule.md"}]}]},{"text":"@lrkit/tfjs","link":"/api/tfjs/","collapsed":true,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"GroupedOptimizer","link":"/api/tfjs/classes/GroupedOptimizer.md"},{"text":"LrSchedulerCallback","link":"/api/tfjs/classes/LrSchedulerCallback.md"},{"text":"ReduceLROnPlateauCallback","link":"/api/tfjs/classes/ReduceLROnPlateauCallback.md"},{"text":"TfjsOptimizerBinding","link":"/api/tfjs/classes/TfjsOptimizerBinding.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"BindingState","link":"/api/tfjs/interfaces/BindingState.md"},{"text":"BindOptimizerOptions","link":"/api/tfjs/interfaces/BindOptimizerOptions.md"},{"text":"CallbackInstance","link":"/api/tfjs/interfaces/CallbackInstance.md"},{"text":"CheckpointParts","link":"/api/tfjs/interfaces/CheckpointParts.md"},{"text":"GroupedOptimizerOptions","link":"/api/tfjs/interfaces/GroupedOptimizerOptions.md"},{"text":"GroupedState","link":"/api/tfjs/interfaces/GroupedState.md"},{"text":"LoadedCheckpoint","link":"/api/tfjs/interfaces/LoadedCheckpoint.md"},{"text":"LrSchedulerCallbackOptions","link":"/api/tfjs/interfaces/LrSchedulerCallbackOptions.md"},{"text":"MemoryCheckpoint","link":"/api/tfjs/interfaces/MemoryCheckpoint.md"},{"text":"ParamGroupConfig","link":"/api/tfjs/interfaces/ParamGroupConfig.md"},{"text":"ReduceLROnPlateauCallbackOptions","link":"/api/tfjs/interfaces/ReduceLROnPlateauCallbackOptions.md"},{"text":"SlotState","link":"/api/tfjs/interfaces/SlotState.md"},{"text":"StoppableModel","link":"/api/tfjs/interfaces/StoppableModel.md"},{"text":"TfjsParamGroup","link":"/api/tfjs/interfaces/TfjsParamGroup.md"},{"text":"TrainingState","link":"/api/tfjs/interfaces/TrainingState.md"},{"text":"VariableHandle","link":"/api/tfjs/interfaces/VariableHandle.md"},{"text":"WeightOwner","link":"/api/tfjs/interfaces/WeightOwner.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"BiasCorrection","link":"/api/tfjs/type-aliases/BiasCorrection.md"},{"text":"CheckpointOptimizer","link":"/api/tfjs/type-aliases/CheckpointOptimizer.md"},{"text":"CheckpointScheduler","link":"/api/tfjs/type-aliases/CheckpointScheduler.md"},{"text":"OptimizerFactory","link":"/api/tfjs/type-aliases/OptimizerFactory.md"},{"text":"OptimizerState","link":"/api/tfjs/type-aliases/OptimizerState.md"},{"text":"ParamSelector","link":"/api/tfjs/type-aliases/ParamSelector.md"},{"text":"SchedulerSource","link":"/api/tfjs/type-aliases/SchedulerSource.md"},{"text":"TfLogs","link":"/api/tfjs/type-aliases/TfLogs.md"},{"text":"TfOptimizerKind","link":"/api/tfjs/type-aliases/TfOptimizerKind.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"bindOptimizer","link":"/api/tfjs/functions/bindOptimizer.md"},{"text":"kindOf","link":"/api/tfjs/functions/kindOf.md"},{"text":"loadCheckpoint","link":"/api/tfjs/functions/loadCheckpoint.md"},{"text":"memoryCheckpoint","link":"/api/tfjs/functions/memoryCheckpoint.md"},{"text":"mixCallbacks","link":"/api/tfjs/functions/mixCallbacks.md"},{"text":"modeOfMetric","link":"/api/tfjs/functions/modeOfMetric.md"},{"text":"saveCheckpoint","link":"/api/tfjs/functions/saveCheckpoint.md"}]}]},{"text":"@lrkit/onnx-training","link":"/api/onnx-training/","collapsed":true,"items":[{"text":"Classes","collapsed":true,"items":[{"text":"Adam","link":"/api/onnx-training/classes/Adam.md"},{"text":"AdamW","link":"/api/onnx-training/classes/AdamW.md"},{"text":"GraphBuilder","link":"/api/onnx-training/classes/GraphBuilder.md"},{"text":"OnnxOptimizer","link":"/api/onnx-training/classes/OnnxOptimizer.md"},{"text":"SGD","link":"/api/onnx-training/classes/SGD.md"},{"text":"Trainer","link":"/api/onnx-training/classes/Trainer.md"}]},{"text":"Interfaces","collapsed":true,"items":[{"text":"AdamGraphGroup","link":"/api/onnx-training/interfaces/AdamGraphGroup.md"},{"text":"AdamHyperparameters","link":"/api/onnx-training/interfaces/AdamHyperparameters.md"},{"text":"AdamParamGroup","link":"/api/onnx-training/interfaces/AdamParamGroup.md"},{"text":"EncodedTensor","link":"/api/onnx-training/interfaces/EncodedTensor.md"},{"text":"EpochLog","link":"/api/onnx-training/interfaces/EpochLog.md"},{"text":"FedHyperparameters","link":"/api/onnx-training/interfaces/FedHyperparameters.md"},{"text":"FitOptions","link":"/api/onnx-training/interfaces/FitOptions.md"},{"text":"MlpGraphs","link":"/api/onnx-training/interfaces/MlpGraphs.md"},{"text":"MlpOptions","link":"/api/onnx-training/interfaces/MlpOptions.md"},{"text":"OnnxOptimizerOptions","link":"/api/onnx-training/interfaces/OnnxOptimizerOptions.md"},{"text":"OnnxOptimizerState","link":"/api/onnx-training/interfaces/OnnxOptimizerState.md"},{"text":"OnnxParamGroup","link":"/api/onnx-training/interfaces/OnnxParamGroup.md"},{"text":"ParamShape","link":"/api/onnx-training/interfaces/ParamShape.md"},{"text":"ResolvedMlpOptions","link":"/api/onnx-training/interfaces/ResolvedMlpOptions.md"},{"text":"SgdGraphGroup","link":"/api/onnx-training/interfaces/SgdGraphGroup.md"},{"text":"SgdHyperparameters","link":"/api/onnx-training/interfaces/SgdHyperparameters.md"},{"text":"SgdParamGroup","link":"/api/onnx-training/interfaces/SgdParamGroup.md"},{"text":"StepGraph","link":"/api/onnx-training/interfaces/StepGraph.md"},{"text":"StepHooks","link":"/api/onnx-training/interfaces/StepHooks.md"},{"text":"StepResult","link":"/api/onnx-training/interfaces/StepResult.md"},{"text":"TrainerCheckpoint","link":"/api/onnx-training/interfaces/TrainerCheckpoint.md"},{"text":"TrainerOptions","link":"/api/onnx-training/interfaces/TrainerOptions.md"},{"text":"TrainerProgress","link":"/api/onnx-training/interfaces/TrainerProgress.md"}]},{"text":"Type Aliases","collapsed":true,"items":[{"text":"Activation","link":"/api/onnx-training/type-aliases/Activation.md"},{"text":"AdamOptions","link":"/api/onnx-training/type-aliases/AdamOptions.md"},{"text":"AttributeValue","link":"/api/onnx-training/type-aliases/AttributeValue.md"},{"text":"ElementType","link":"/api/onnx-training/type-aliases/ElementType.md"},{"text":"LrSource","link":"/api/onnx-training/type-aliases/LrSource.md"},{"text":"MlpLoss","link":"/api/onnx-training/type-aliases/MlpLoss.md"},{"text":"ModelSource","link":"/api/onnx-training/type-aliases/ModelSource.md"},{"text":"ParamsArgument","link":"/api/onnx-training/type-aliases/ParamsArgument.md"},{"text":"SgdOptions","link":"/api/onnx-training/type-aliases/SgdOptions.md"},{"text":"TensorMap","link":"/api/onnx-training/type-aliases/TensorMap.md"}]},{"text":"Variables","collapsed":true,"items":[{"text":"CHECKPOINT_FORMAT","link":"/api/onnx-training/variables/CHECKPOINT_FORMAT.md"},{"text":"IR_VERSION","link":"/api/onnx-training/variables/IR_VERSION.md"},{"text":"names","link":"/api/onnx-training/variables/names.md"},{"text":"OPSET_VERSION","link":"/api/onnx-training/variables/OPSET_VERSION.md"}]},{"text":"Functions","collapsed":true,"items":[{"text":"buildAdamGraph","link":"/api/onnx-training/functions/buildAdamGraph.md"},{"text":"buildMlp","link":"/api/onnx-training/functions/buildMlp.md"},{"text":"buildSgdGraph","link":"/api/onnx-training/functions/buildSgdGraph.md"},{"text":"createCheckpoint","link":"/api/onnx-training/functions/createCheckpoint.md"},{"text":"decodeTensor","link":"/api/onnx-training/functions/decodeTensor.md"},{"text":"encodeTensor","link":"/api/onnx-training/functions/encodeTensor.md"},{"text":"initMlpParams","link":"/api/onnx-training/functions/initMlpParams.md"},{"text":"loadCheckpoint","link":"/api/onnx-training/functions/loadCheckpoint.md"},{"text":"mlpParamShapes","link":"/api/onnx-training/functions/mlpParamShapes.md"},{"text":"restoreCheckpoint","link":"/api/onnx-training/functions/restoreCheckpoint.md"},{"text":"saveCheckpoint","link":"/api/onnx-training/functions/saveCheckpoint.md"}]}]}]},"search":{"provider":"local"},"outline":{"level":[2,3]}},"locales":{},"scrollOffset":134,"cleanUrls":true}`));
function tryOnScopeDispose(fn) {
  if (getCurrentScope()) {
    onScopeDispose(fn);
    return true;
  }
  return false;
}
const localProvidedStateMap = /* @__PURE__ */ new WeakMap();
const injectLocal = (...args) => {
  var _a2;
  const key = args[0];
  const instance = (_a2 = getCurrentInstance()) == null ? void 0 : _a2.proxy;
  if (instance == null && !hasInjectionContext())
    throw new Error("injectLocal must be called in setup");
  if (instance && localProvidedStateMap.has(instance) && key in localProvidedStateMap.get(instance))
    return localProvidedStateMap.get(instance)[key];
  return inject(...args);
};
const isClient = typeof window !== "undefined" && typeof document !== "undefined";
typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
const notNullish = (val) => val != null;
const toString = Object.prototype.toString;
const isObject = (val) => toString.call(val) === "[object Object]";
const noop = () => {
};
const isIOS = /* @__PURE__ */ getIsIOS();
function getIsIOS() {
  var _a2, _b2;
  return isClient && ((_a2 = window == null ? void 0 : window.navigator) == null ? void 0 : _a2.userAgent) && (/iP(?:ad|hone|od)/.test(window.navigator.userAgent) || ((_b2 = window == null ? void 0 : window.navigator) == null ? void 0 : _b2.maxTouchPoints) > 2 && /iPad|Macintosh/.test(window == null ? void 0 : window.navigator.userAgent));
}
function createFilterWrapper(filter, fn) {
  function wrapper(...args) {
    return new Promise((resolve, reject) => {
      Promise.resolve(filter(() => fn.apply(this, args), { fn, thisArg: this, args })).then(resolve).catch(reject);
    });
  }
  return wrapper;
}
const bypassFilter = (invoke) => {
  return invoke();
};
function debounceFilter(ms, options = {}) {
  let timer;
  let maxTimer;
  let lastRejector = noop;
  const _clearTimeout = (timer2) => {
    clearTimeout(timer2);
    lastRejector();
    lastRejector = noop;
  };
  let lastInvoker;
  const filter = (invoke) => {
    const duration = toValue(ms);
    const maxDuration = toValue(options.maxWait);
    if (timer)
      _clearTimeout(timer);
    if (duration <= 0 || maxDuration !== void 0 && maxDuration <= 0) {
      if (maxTimer) {
        _clearTimeout(maxTimer);
        maxTimer = null;
      }
      return Promise.resolve(invoke());
    }
    return new Promise((resolve, reject) => {
      lastRejector = options.rejectOnCancel ? reject : resolve;
      lastInvoker = invoke;
      if (maxDuration && !maxTimer) {
        maxTimer = setTimeout(() => {
          if (timer)
            _clearTimeout(timer);
          maxTimer = null;
          resolve(lastInvoker());
        }, maxDuration);
      }
      timer = setTimeout(() => {
        if (maxTimer)
          _clearTimeout(maxTimer);
        maxTimer = null;
        resolve(invoke());
      }, duration);
    });
  };
  return filter;
}
function throttleFilter(...args) {
  let lastExec = 0;
  let timer;
  let isLeading = true;
  let lastRejector = noop;
  let lastValue;
  let ms;
  let trailing;
  let leading;
  let rejectOnCancel;
  if (!isRef(args[0]) && typeof args[0] === "object")
    ({ delay: ms, trailing = true, leading = true, rejectOnCancel = false } = args[0]);
  else
    [ms, trailing = true, leading = true, rejectOnCancel = false] = args;
  const clear = () => {
    if (timer) {
      clearTimeout(timer);
      timer = void 0;
      lastRejector();
      lastRejector = noop;
    }
  };
  const filter = (_invoke) => {
    const duration = toValue(ms);
    const elapsed = Date.now() - lastExec;
    const invoke = () => {
      return lastValue = _invoke();
    };
    clear();
    if (duration <= 0) {
      lastExec = Date.now();
      return invoke();
    }
    if (elapsed > duration && (leading || !isLeading)) {
      lastExec = Date.now();
      invoke();
    } else if (trailing) {
      lastValue = new Promise((resolve, reject) => {
        lastRejector = rejectOnCancel ? reject : resolve;
        timer = setTimeout(() => {
          lastExec = Date.now();
          isLeading = true;
          resolve(invoke());
          clear();
        }, Math.max(0, duration - elapsed));
      });
    }
    if (!leading && !timer)
      timer = setTimeout(() => isLeading = true, duration);
    isLeading = false;
    return lastValue;
  };
  return filter;
}
function pausableFilter(extendFilter = bypassFilter, options = {}) {
  const {
    initialState = "active"
  } = options;
  const isActive2 = toRef(initialState === "active");
  function pause() {
    isActive2.value = false;
  }
  function resume() {
    isActive2.value = true;
  }
  const eventFilter = (...args) => {
    if (isActive2.value)
      extendFilter(...args);
  };
  return { isActive: readonly(isActive2), pause, resume, eventFilter };
}
function pxValue(px) {
  return px.endsWith("rem") ? Number.parseFloat(px) * 16 : Number.parseFloat(px);
}
function getLifeCycleTarget(target) {
  return getCurrentInstance();
}
function toArray(value) {
  return Array.isArray(value) ? value : [value];
}
function toRef(...args) {
  if (args.length !== 1)
    return toRef$1(...args);
  const r = args[0];
  return typeof r === "function" ? readonly(customRef(() => ({ get: r, set: noop }))) : ref(r);
}
function useDebounceFn(fn, ms = 200, options = {}) {
  return createFilterWrapper(
    debounceFilter(ms, options),
    fn
  );
}
function useThrottleFn(fn, ms = 200, trailing = false, leading = true, rejectOnCancel = false) {
  return createFilterWrapper(
    throttleFilter(ms, trailing, leading, rejectOnCancel),
    fn
  );
}
function watchWithFilter(source, cb, options = {}) {
  const {
    eventFilter = bypassFilter,
    ...watchOptions
  } = options;
  return watch(
    source,
    createFilterWrapper(
      eventFilter,
      cb
    ),
    watchOptions
  );
}
function watchPausable(source, cb, options = {}) {
  const {
    eventFilter: filter,
    initialState = "active",
    ...watchOptions
  } = options;
  const { eventFilter, pause, resume, isActive: isActive2 } = pausableFilter(filter, { initialState });
  const stop = watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter
    }
  );
  return { stop, pause, resume, isActive: isActive2 };
}
function tryOnMounted(fn, sync = true, target) {
  const instance = getLifeCycleTarget();
  if (instance)
    onMounted(fn, target);
  else if (sync)
    fn();
  else
    nextTick(fn);
}
function watchDebounced(source, cb, options = {}) {
  const {
    debounce = 0,
    maxWait = void 0,
    ...watchOptions
  } = options;
  return watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter: debounceFilter(debounce, { maxWait })
    }
  );
}
function watchImmediate(source, cb, options) {
  return watch(
    source,
    cb,
    {
      ...options,
      immediate: true
    }
  );
}
function computedAsync(evaluationCallback, initialState, optionsOrRef) {
  let options;
  if (isRef(optionsOrRef)) {
    options = {
      evaluating: optionsOrRef
    };
  } else {
    options = {};
  }
  const {
    lazy = false,
    evaluating = void 0,
    shallow = true,
    onError = noop
  } = options;
  const started = shallowRef(!lazy);
  const current = shallow ? shallowRef(initialState) : ref(initialState);
  let counter = 0;
  watchEffect(async (onInvalidate) => {
    if (!started.value)
      return;
    counter++;
    const counterAtBeginning = counter;
    let hasFinished = false;
    if (evaluating) {
      Promise.resolve().then(() => {
        evaluating.value = true;
      });
    }
    try {
      const result = await evaluationCallback((cancelCallback) => {
        onInvalidate(() => {
          if (evaluating)
            evaluating.value = false;
          if (!hasFinished)
            cancelCallback();
        });
      });
      if (counterAtBeginning === counter)
        current.value = result;
    } catch (e) {
      onError(e);
    } finally {
      if (evaluating && counterAtBeginning === counter)
        evaluating.value = false;
      hasFinished = true;
    }
  });
  if (lazy) {
    return computed(() => {
      started.value = true;
      return current.value;
    });
  } else {
    return current;
  }
}
const defaultWindow = isClient ? window : void 0;
function unrefElement(elRef) {
  var _a2;
  const plain = toValue(elRef);
  return (_a2 = plain == null ? void 0 : plain.$el) != null ? _a2 : plain;
}
function useEventListener(...args) {
  const cleanups = [];
  const cleanup = () => {
    cleanups.forEach((fn) => fn());
    cleanups.length = 0;
  };
  const register = (el, event, listener, options) => {
    el.addEventListener(event, listener, options);
    return () => el.removeEventListener(event, listener, options);
  };
  const firstParamTargets = computed(() => {
    const test = toArray(toValue(args[0])).filter((e) => e != null);
    return test.every((e) => typeof e !== "string") ? test : void 0;
  });
  const stopWatch = watchImmediate(
    () => {
      var _a2, _b2;
      return [
        (_b2 = (_a2 = firstParamTargets.value) == null ? void 0 : _a2.map((e) => unrefElement(e))) != null ? _b2 : [defaultWindow].filter((e) => e != null),
        toArray(toValue(firstParamTargets.value ? args[1] : args[0])),
        toArray(unref(firstParamTargets.value ? args[2] : args[1])),
        // @ts-expect-error - TypeScript gets the correct types, but somehow still complains
        toValue(firstParamTargets.value ? args[3] : args[2])
      ];
    },
    ([raw_targets, raw_events, raw_listeners, raw_options]) => {
      cleanup();
      if (!(raw_targets == null ? void 0 : raw_targets.length) || !(raw_events == null ? void 0 : raw_events.length) || !(raw_listeners == null ? void 0 : raw_listeners.length))
        return;
      const optionsClone = isObject(raw_options) ? { ...raw_options } : raw_options;
      cleanups.push(
        ...raw_targets.flatMap(
          (el) => raw_events.flatMap(
            (event) => raw_listeners.map((listener) => register(el, event, listener, optionsClone))
          )
        )
      );
    },
    { flush: "post" }
  );
  const stop = () => {
    stopWatch();
    cleanup();
  };
  tryOnScopeDispose(cleanup);
  return stop;
}
function useMounted() {
  const isMounted = shallowRef(false);
  const instance = getCurrentInstance();
  if (instance) {
    onMounted(() => {
      isMounted.value = true;
    }, instance);
  }
  return isMounted;
}
function useSupported(callback) {
  const isMounted = useMounted();
  return computed(() => {
    isMounted.value;
    return Boolean(callback());
  });
}
function createKeyPredicate(keyFilter) {
  if (typeof keyFilter === "function")
    return keyFilter;
  else if (typeof keyFilter === "string")
    return (event) => event.key === keyFilter;
  else if (Array.isArray(keyFilter))
    return (event) => keyFilter.includes(event.key);
  return () => true;
}
function onKeyStroke(...args) {
  let key;
  let handler;
  let options = {};
  if (args.length === 3) {
    key = args[0];
    handler = args[1];
    options = args[2];
  } else if (args.length === 2) {
    if (typeof args[1] === "object") {
      key = true;
      handler = args[0];
      options = args[1];
    } else {
      key = args[0];
      handler = args[1];
    }
  } else {
    key = true;
    handler = args[0];
  }
  const {
    target = defaultWindow,
    eventName = "keydown",
    passive = false,
    dedupe = false
  } = options;
  const predicate = createKeyPredicate(key);
  const listener = (e) => {
    if (e.repeat && toValue(dedupe))
      return;
    if (predicate(e))
      handler(e);
  };
  return useEventListener(target, eventName, listener, passive);
}
const ssrWidthSymbol = Symbol("vueuse-ssr-width");
function useSSRWidth() {
  const ssrWidth = hasInjectionContext() ? injectLocal(ssrWidthSymbol, null) : null;
  return typeof ssrWidth === "number" ? ssrWidth : void 0;
}
function useMediaQuery(query, options = {}) {
  const { window: window2 = defaultWindow, ssrWidth = useSSRWidth() } = options;
  const isSupported = useSupported(() => window2 && "matchMedia" in window2 && typeof window2.matchMedia === "function");
  const ssrSupport = shallowRef(typeof ssrWidth === "number");
  const mediaQuery = shallowRef();
  const matches = shallowRef(false);
  const handler = (event) => {
    matches.value = event.matches;
  };
  watchEffect(() => {
    if (ssrSupport.value) {
      ssrSupport.value = !isSupported.value;
      const queryStrings = toValue(query).split(",");
      matches.value = queryStrings.some((queryString) => {
        const not = queryString.includes("not all");
        const minWidth = queryString.match(/\(\s*min-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        const maxWidth = queryString.match(/\(\s*max-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        let res = Boolean(minWidth || maxWidth);
        if (minWidth && res) {
          res = ssrWidth >= pxValue(minWidth[1]);
        }
        if (maxWidth && res) {
          res = ssrWidth <= pxValue(maxWidth[1]);
        }
        return not ? !res : res;
      });
      return;
    }
    if (!isSupported.value)
      return;
    mediaQuery.value = window2.matchMedia(toValue(query));
    matches.value = mediaQuery.value.matches;
  });
  useEventListener(mediaQuery, "change", handler, { passive: true });
  return computed(() => matches.value);
}
const _global = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
const globalKey = "__vueuse_ssr_handlers__";
const handlers = /* @__PURE__ */ getHandlers();
function getHandlers() {
  if (!(globalKey in _global))
    _global[globalKey] = _global[globalKey] || {};
  return _global[globalKey];
}
function getSSRHandler(key, fallback) {
  return handlers[key] || fallback;
}
function usePreferredDark(options) {
  return useMediaQuery("(prefers-color-scheme: dark)", options);
}
function guessSerializerType(rawInit) {
  return rawInit == null ? "any" : rawInit instanceof Set ? "set" : rawInit instanceof Map ? "map" : rawInit instanceof Date ? "date" : typeof rawInit === "boolean" ? "boolean" : typeof rawInit === "string" ? "string" : typeof rawInit === "object" ? "object" : !Number.isNaN(rawInit) ? "number" : "any";
}
const StorageSerializers = {
  boolean: {
    read: (v) => v === "true",
    write: (v) => String(v)
  },
  object: {
    read: (v) => JSON.parse(v),
    write: (v) => JSON.stringify(v)
  },
  number: {
    read: (v) => Number.parseFloat(v),
    write: (v) => String(v)
  },
  any: {
    read: (v) => v,
    write: (v) => String(v)
  },
  string: {
    read: (v) => v,
    write: (v) => String(v)
  },
  map: {
    read: (v) => new Map(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v.entries()))
  },
  set: {
    read: (v) => new Set(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v))
  },
  date: {
    read: (v) => new Date(v),
    write: (v) => v.toISOString()
  }
};
const customStorageEventName = "vueuse-storage";
function useStorage(key, defaults, storage, options = {}) {
  var _a2;
  const {
    flush = "pre",
    deep = true,
    listenToStorageChanges = true,
    writeDefaults = true,
    mergeDefaults = false,
    shallow,
    window: window2 = defaultWindow,
    eventFilter,
    onError = (e) => {
      console.error(e);
    },
    initOnMounted
  } = options;
  const data = (shallow ? shallowRef : ref)(typeof defaults === "function" ? defaults() : defaults);
  const keyComputed = computed(() => toValue(key));
  if (!storage) {
    try {
      storage = getSSRHandler("getDefaultStorage", () => {
        var _a22;
        return (_a22 = defaultWindow) == null ? void 0 : _a22.localStorage;
      })();
    } catch (e) {
      onError(e);
    }
  }
  if (!storage)
    return data;
  const rawInit = toValue(defaults);
  const type = guessSerializerType(rawInit);
  const serializer = (_a2 = options.serializer) != null ? _a2 : StorageSerializers[type];
  const { pause: pauseWatch, resume: resumeWatch } = watchPausable(
    data,
    () => write(data.value),
    { flush, deep, eventFilter }
  );
  watch(keyComputed, () => update(), { flush });
  if (window2 && listenToStorageChanges) {
    tryOnMounted(() => {
      if (storage instanceof Storage)
        useEventListener(window2, "storage", update, { passive: true });
      else
        useEventListener(window2, customStorageEventName, updateFromCustomEvent);
      if (initOnMounted)
        update();
    });
  }
  if (!initOnMounted)
    update();
  function dispatchWriteEvent(oldValue, newValue) {
    if (window2) {
      const payload = {
        key: keyComputed.value,
        oldValue,
        newValue,
        storageArea: storage
      };
      window2.dispatchEvent(storage instanceof Storage ? new StorageEvent("storage", payload) : new CustomEvent(customStorageEventName, {
        detail: payload
      }));
    }
  }
  function write(v) {
    try {
      const oldValue = storage.getItem(keyComputed.value);
      if (v == null) {
        dispatchWriteEvent(oldValue, null);
        storage.removeItem(keyComputed.value);
      } else {
        const serialized = serializer.write(v);
        if (oldValue !== serialized) {
          storage.setItem(keyComputed.value, serialized);
          dispatchWriteEvent(oldValue, serialized);
        }
      }
    } catch (e) {
      onError(e);
    }
  }
  function read(event) {
    const rawValue = event ? event.newValue : storage.getItem(keyComputed.value);
    if (rawValue == null) {
      if (writeDefaults && rawInit != null)
        storage.setItem(keyComputed.value, serializer.write(rawInit));
      return rawInit;
    } else if (!event && mergeDefaults) {
      const value = serializer.read(rawValue);
      if (typeof mergeDefaults === "function")
        return mergeDefaults(value, rawInit);
      else if (type === "object" && !Array.isArray(value))
        return { ...rawInit, ...value };
      return value;
    } else if (typeof rawValue !== "string") {
      return rawValue;
    } else {
      return serializer.read(rawValue);
    }
  }
  function update(event) {
    if (event && event.storageArea !== storage)
      return;
    if (event && event.key == null) {
      data.value = rawInit;
      return;
    }
    if (event && event.key !== keyComputed.value)
      return;
    pauseWatch();
    try {
      if ((event == null ? void 0 : event.newValue) !== serializer.write(data.value))
        data.value = read(event);
    } catch (e) {
      onError(e);
    } finally {
      if (event)
        nextTick(resumeWatch);
      else
        resumeWatch();
    }
  }
  function updateFromCustomEvent(event) {
    update(event.detail);
  }
  return data;
}
const CSS_DISABLE_TRANS = "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}";
function useColorMode(options = {}) {
  const {
    selector = "html",
    attribute = "class",
    initialValue = "auto",
    window: window2 = defaultWindow,
    storage,
    storageKey = "vueuse-color-scheme",
    listenToStorageChanges = true,
    storageRef,
    emitAuto,
    disableTransition = true
  } = options;
  const modes = {
    auto: "",
    light: "light",
    dark: "dark",
    ...options.modes || {}
  };
  const preferredDark = usePreferredDark({ window: window2 });
  const system = computed(() => preferredDark.value ? "dark" : "light");
  const store = storageRef || (storageKey == null ? toRef(initialValue) : useStorage(storageKey, initialValue, storage, { window: window2, listenToStorageChanges }));
  const state = computed(() => store.value === "auto" ? system.value : store.value);
  const updateHTMLAttrs = getSSRHandler(
    "updateHTMLAttrs",
    (selector2, attribute2, value) => {
      const el = typeof selector2 === "string" ? window2 == null ? void 0 : window2.document.querySelector(selector2) : unrefElement(selector2);
      if (!el)
        return;
      const classesToAdd = /* @__PURE__ */ new Set();
      const classesToRemove = /* @__PURE__ */ new Set();
      let attributeToChange = null;
      if (attribute2 === "class") {
        const current = value.split(/\s/g);
        Object.values(modes).flatMap((i) => (i || "").split(/\s/g)).filter(Boolean).forEach((v) => {
          if (current.includes(v))
            classesToAdd.add(v);
          else
            classesToRemove.add(v);
        });
      } else {
        attributeToChange = { key: attribute2, value };
      }
      if (classesToAdd.size === 0 && classesToRemove.size === 0 && attributeToChange === null)
        return;
      let style;
      if (disableTransition) {
        style = window2.document.createElement("style");
        style.appendChild(document.createTextNode(CSS_DISABLE_TRANS));
        window2.document.head.appendChild(style);
      }
      for (const c of classesToAdd) {
        el.classList.add(c);
      }
      for (const c of classesToRemove) {
        el.classList.remove(c);
      }
      if (attributeToChange) {
        el.setAttribute(attributeToChange.key, attributeToChange.value);
      }
      if (disableTransition) {
        window2.getComputedStyle(style).opacity;
        document.head.removeChild(style);
      }
    }
  );
  function defaultOnChanged(mode) {
    var _a2;
    updateHTMLAttrs(selector, attribute, (_a2 = modes[mode]) != null ? _a2 : mode);
  }
  function onChanged(mode) {
    if (options.onChanged)
      options.onChanged(mode, defaultOnChanged);
    else
      defaultOnChanged(mode);
  }
  watch(state, onChanged, { flush: "post", immediate: true });
  tryOnMounted(() => onChanged(state.value));
  const auto = computed({
    get() {
      return emitAuto ? store.value : state.value;
    },
    set(v) {
      store.value = v;
    }
  });
  return Object.assign(auto, { store, system, state });
}
function useDark(options = {}) {
  const {
    valueDark = "dark",
    valueLight = ""
  } = options;
  const mode = useColorMode({
    ...options,
    onChanged: (mode2, defaultHandler) => {
      var _a2;
      if (options.onChanged)
        (_a2 = options.onChanged) == null ? void 0 : _a2.call(options, mode2 === "dark", defaultHandler, mode2);
      else
        defaultHandler(mode2);
    },
    modes: {
      dark: valueDark,
      light: valueLight
    }
  });
  const system = computed(() => mode.system.value);
  const isDark = computed({
    get() {
      return mode.value === "dark";
    },
    set(v) {
      const modeVal = v ? "dark" : "light";
      if (system.value === modeVal)
        mode.value = "auto";
      else
        mode.value = modeVal;
    }
  });
  return isDark;
}
function resolveElement(el) {
  if (typeof Window !== "undefined" && el instanceof Window)
    return el.document.documentElement;
  if (typeof Document !== "undefined" && el instanceof Document)
    return el.documentElement;
  return el;
}
const ARRIVED_STATE_THRESHOLD_PIXELS = 1;
function useScroll(element, options = {}) {
  const {
    throttle = 0,
    idle = 200,
    onStop = noop,
    onScroll = noop,
    offset = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    },
    eventListenerOptions = {
      capture: false,
      passive: true
    },
    behavior = "auto",
    window: window2 = defaultWindow,
    onError = (e) => {
      console.error(e);
    }
  } = options;
  const internalX = shallowRef(0);
  const internalY = shallowRef(0);
  const x = computed({
    get() {
      return internalX.value;
    },
    set(x2) {
      scrollTo2(x2, void 0);
    }
  });
  const y = computed({
    get() {
      return internalY.value;
    },
    set(y2) {
      scrollTo2(void 0, y2);
    }
  });
  function scrollTo2(_x2, _y2) {
    var _a2, _b2, _c2, _d2;
    if (!window2)
      return;
    const _element = toValue(element);
    if (!_element)
      return;
    (_c2 = _element instanceof Document ? window2.document.body : _element) == null ? void 0 : _c2.scrollTo({
      top: (_a2 = toValue(_y2)) != null ? _a2 : y.value,
      left: (_b2 = toValue(_x2)) != null ? _b2 : x.value,
      behavior: toValue(behavior)
    });
    const scrollContainer = ((_d2 = _element == null ? void 0 : _element.document) == null ? void 0 : _d2.documentElement) || (_element == null ? void 0 : _element.documentElement) || _element;
    if (x != null)
      internalX.value = scrollContainer.scrollLeft;
    if (y != null)
      internalY.value = scrollContainer.scrollTop;
  }
  const isScrolling = shallowRef(false);
  const arrivedState = reactive({
    left: true,
    right: false,
    top: true,
    bottom: false
  });
  const directions = reactive({
    left: false,
    right: false,
    top: false,
    bottom: false
  });
  const onScrollEnd = (e) => {
    if (!isScrolling.value)
      return;
    isScrolling.value = false;
    directions.left = false;
    directions.right = false;
    directions.top = false;
    directions.bottom = false;
    onStop(e);
  };
  const onScrollEndDebounced = useDebounceFn(onScrollEnd, throttle + idle);
  const setArrivedState = (target) => {
    var _a2;
    if (!window2)
      return;
    const el = ((_a2 = target == null ? void 0 : target.document) == null ? void 0 : _a2.documentElement) || (target == null ? void 0 : target.documentElement) || unrefElement(target);
    const { display, flexDirection, direction } = getComputedStyle(el);
    const directionMultipler = direction === "rtl" ? -1 : 1;
    const scrollLeft = el.scrollLeft;
    directions.left = scrollLeft < internalX.value;
    directions.right = scrollLeft > internalX.value;
    const left = Math.abs(scrollLeft * directionMultipler) <= (offset.left || 0);
    const right = Math.abs(scrollLeft * directionMultipler) + el.clientWidth >= el.scrollWidth - (offset.right || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "row-reverse") {
      arrivedState.left = right;
      arrivedState.right = left;
    } else {
      arrivedState.left = left;
      arrivedState.right = right;
    }
    internalX.value = scrollLeft;
    let scrollTop = el.scrollTop;
    if (target === window2.document && !scrollTop)
      scrollTop = window2.document.body.scrollTop;
    directions.top = scrollTop < internalY.value;
    directions.bottom = scrollTop > internalY.value;
    const top = Math.abs(scrollTop) <= (offset.top || 0);
    const bottom = Math.abs(scrollTop) + el.clientHeight >= el.scrollHeight - (offset.bottom || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "column-reverse") {
      arrivedState.top = bottom;
      arrivedState.bottom = top;
    } else {
      arrivedState.top = top;
      arrivedState.bottom = bottom;
    }
    internalY.value = scrollTop;
  };
  const onScrollHandler = (e) => {
    var _a2;
    if (!window2)
      return;
    const eventTarget = (_a2 = e.target.documentElement) != null ? _a2 : e.target;
    setArrivedState(eventTarget);
    isScrolling.value = true;
    onScrollEndDebounced(e);
    onScroll(e);
  };
  useEventListener(
    element,
    "scroll",
    throttle ? useThrottleFn(onScrollHandler, throttle, true, false) : onScrollHandler,
    eventListenerOptions
  );
  tryOnMounted(() => {
    try {
      const _element = toValue(element);
      if (!_element)
        return;
      setArrivedState(_element);
    } catch (e) {
      onError(e);
    }
  });
  useEventListener(
    element,
    "scrollend",
    onScrollEnd,
    eventListenerOptions
  );
  return {
    x,
    y,
    isScrolling,
    arrivedState,
    directions,
    measure() {
      const _element = toValue(element);
      if (window2 && _element)
        setArrivedState(_element);
    }
  };
}
function useLocalStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.localStorage, options);
}
function checkOverflowScroll(ele) {
  const style = window.getComputedStyle(ele);
  if (style.overflowX === "scroll" || style.overflowY === "scroll" || style.overflowX === "auto" && ele.clientWidth < ele.scrollWidth || style.overflowY === "auto" && ele.clientHeight < ele.scrollHeight) {
    return true;
  } else {
    const parent = ele.parentNode;
    if (!parent || parent.tagName === "BODY")
      return false;
    return checkOverflowScroll(parent);
  }
}
function preventDefault(rawEvent) {
  const e = rawEvent || window.event;
  const _target = e.target;
  if (checkOverflowScroll(_target))
    return false;
  if (e.touches.length > 1)
    return true;
  if (e.preventDefault)
    e.preventDefault();
  return false;
}
const elInitialOverflow = /* @__PURE__ */ new WeakMap();
function useScrollLock(element, initialState = false) {
  const isLocked = shallowRef(initialState);
  let stopTouchMoveListener = null;
  let initialOverflow = "";
  watch(toRef(element), (el) => {
    const target = resolveElement(toValue(el));
    if (target) {
      const ele = target;
      if (!elInitialOverflow.get(ele))
        elInitialOverflow.set(ele, ele.style.overflow);
      if (ele.style.overflow !== "hidden")
        initialOverflow = ele.style.overflow;
      if (ele.style.overflow === "hidden")
        return isLocked.value = true;
      if (isLocked.value)
        return ele.style.overflow = "hidden";
    }
  }, {
    immediate: true
  });
  const lock = () => {
    const el = resolveElement(toValue(element));
    if (!el || isLocked.value)
      return;
    if (isIOS) {
      stopTouchMoveListener = useEventListener(
        el,
        "touchmove",
        (e) => {
          preventDefault(e);
        },
        { passive: false }
      );
    }
    el.style.overflow = "hidden";
    isLocked.value = true;
  };
  const unlock = () => {
    const el = resolveElement(toValue(element));
    if (!el || !isLocked.value)
      return;
    if (isIOS)
      stopTouchMoveListener == null ? void 0 : stopTouchMoveListener();
    el.style.overflow = initialOverflow;
    elInitialOverflow.delete(el);
    isLocked.value = false;
  };
  tryOnScopeDispose(unlock);
  return computed({
    get() {
      return isLocked.value;
    },
    set(v) {
      if (v)
        lock();
      else unlock();
    }
  });
}
function useSessionStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.sessionStorage, options);
}
function useWindowScroll(options = {}) {
  const { window: window2 = defaultWindow, ...rest } = options;
  return useScroll(window2, rest);
}
function useWindowSize(options = {}) {
  const {
    window: window2 = defaultWindow,
    initialWidth = Number.POSITIVE_INFINITY,
    initialHeight = Number.POSITIVE_INFINITY,
    listenOrientation = true,
    includeScrollbar = true,
    type = "inner"
  } = options;
  const width = shallowRef(initialWidth);
  const height = shallowRef(initialHeight);
  const update = () => {
    if (window2) {
      if (type === "outer") {
        width.value = window2.outerWidth;
        height.value = window2.outerHeight;
      } else if (type === "visual" && window2.visualViewport) {
        const { width: visualViewportWidth, height: visualViewportHeight, scale } = window2.visualViewport;
        width.value = Math.round(visualViewportWidth * scale);
        height.value = Math.round(visualViewportHeight * scale);
      } else if (includeScrollbar) {
        width.value = window2.innerWidth;
        height.value = window2.innerHeight;
      } else {
        width.value = window2.document.documentElement.clientWidth;
        height.value = window2.document.documentElement.clientHeight;
      }
    }
  };
  update();
  tryOnMounted(update);
  const listenerOptions = { passive: true };
  useEventListener("resize", update, listenerOptions);
  if (window2 && type === "visual" && window2.visualViewport) {
    useEventListener(window2.visualViewport, "resize", update, listenerOptions);
  }
  if (listenOrientation) {
    const matches = useMediaQuery("(orientation: portrait)");
    watch(matches, () => update());
  }
  return { width, height };
}
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a2, _b2, _c2, _d2, _e2, _f2, _g2;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a2 = siteData2.locales[localeIndex]) == null ? void 0 : _a2.lang) ?? siteData2.lang,
    dir: ((_b2 = siteData2.locales[localeIndex]) == null ? void 0 : _b2.dir) ?? siteData2.dir,
    title: ((_c2 = siteData2.locales[localeIndex]) == null ? void 0 : _c2.title) ?? siteData2.title,
    titleTemplate: ((_d2 = siteData2.locales[localeIndex]) == null ? void 0 : _d2.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e2 = siteData2.locales[localeIndex]) == null ? void 0 : _e2.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f2 = siteData2.locales[localeIndex]) == null ? void 0 : _f2.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g2 = siteData2.locales[localeIndex]) == null ? void 0 : _g2.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title === templateString.slice(3)) {
    return title;
  }
  return `${title}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a2;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a2 = process.env) == null ? void 0 : _a2.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = shallowRef(siteData);
function initData(route) {
  const site = computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : ref(false);
  const hashRef = ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: computed(() => site.value.themeConfig),
    page: computed(() => route.data),
    frontmatter: computed(() => route.data.frontmatter),
    params: computed(() => route.data.params),
    lang: computed(() => site.value.lang),
    dir: computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: computed(() => site.value.localeIndex || "root"),
    title: computed(() => createTitle(site.value, route.data)),
    description: computed(() => route.data.description || site.value.description),
    isDark,
    hash: computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath$1(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath$1(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a2, _b2;
    href = normalizeHref(href);
    if (await ((_a2 = router.onBeforeRouteChange) == null ? void 0 : _a2.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b2 = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b2(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a2, _b2;
    if (await ((_a2 = router.onBeforePageLoad) == null ? void 0 : _a2.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b2 = router.onAfterPageLoad) == null ? void 0 : _b2.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = markRaw(comp);
        route.data = true ? markRaw(__pageData) : readonly(__pageData);
        if (inBrowser) {
          nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a2;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a2 = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a2(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$17 = /* @__PURE__ */ defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (_ctx.show) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-04a38bcc></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$17 = _sfc_main$17.setup;
_sfc_main$17.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$17 ? _sfc_setup$17(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$17, [["__scopeId", "data-v-04a38bcc"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = computed(() => {
    var _a2, _b2;
    return {
      label: (_a2 = site.value.locales[localeIndex.value]) == null ? void 0 : _a2.label,
      link: ((_b2 = site.value.locales[localeIndex.value]) == null ? void 0 : _b2.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$16 = /* @__PURE__ */ defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a2, _b2, _c2, _d2, _e2;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "NotFound" }, _attrs))} data-v-160ce3a5><p class="code" data-v-160ce3a5>${ssrInterpolate(((_a2 = unref(theme2).notFound) == null ? void 0 : _a2.code) ?? "404")}</p><h1 class="title" data-v-160ce3a5>${ssrInterpolate(((_b2 = unref(theme2).notFound) == null ? void 0 : _b2.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-160ce3a5></div><blockquote class="quote" data-v-160ce3a5>${ssrInterpolate(((_c2 = unref(theme2).notFound) == null ? void 0 : _c2.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-160ce3a5><a class="link"${ssrRenderAttr("href", unref(withBase)(unref(currentLang).link))}${ssrRenderAttr("aria-label", ((_d2 = unref(theme2).notFound) == null ? void 0 : _d2.linkLabel) ?? "go to home")} data-v-160ce3a5>${ssrInterpolate(((_e2 = unref(theme2).notFound) == null ? void 0 : _e2.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$16 = _sfc_main$16.setup;
_sfc_main$16.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$16 ? _sfc_setup$16(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$16, [["__scopeId", "data-v-160ce3a5"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = ref(false);
  const _sidebar = computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = ref(_sidebar.value);
  watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = ref(false);
  const collapsible = computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  watch([page, item, hash], updateIsActiveLink);
  onMounted(updateIsActiveLink);
  const hasActiveLink$1 = computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h2) {
  let ret = "";
  for (const node of h2.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker3) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  onUpdated(() => {
    activateLink(location.hash);
  });
  onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker3.value.style.top = activeLink.offsetTop + 39 + "px";
      marker3.value.style.opacity = "1";
    } else {
      marker3.value.style.top = "33px";
      marker3.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$15 = /* @__PURE__ */ defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs(mergeProps({
        class: ["VPDocOutlineItem", _ctx.root ? "root" : "nested"]
      }, _attrs))} data-v-a7d28eb9><!--[-->`);
      ssrRenderList(_ctx.headers, ({ children: children2, link: link2, title }) => {
        _push(`<li data-v-a7d28eb9><a class="outline-link"${ssrRenderAttr("href", link2)}${ssrRenderAttr("title", title)} data-v-a7d28eb9>${ssrInterpolate(title)}</a>`);
        if (children2 == null ? void 0 : children2.length) {
          _push(ssrRenderComponent(_component_VPDocOutlineItem, { headers: children2 }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$15, [["__scopeId", "data-v-a7d28eb9"]]);
const _sfc_main$14 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = ref();
    const marker3 = ref();
    useActiveAnchor(container, marker3);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs(mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-4585509d><div class="content" data-v-4585509d><div class="outline-marker" data-v-4585509d></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-4585509d>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</div>`);
      _push(ssrRenderComponent(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$14, [["__scopeId", "data-v-4585509d"]]);
const _sfc_main$13 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent(unref(VPCarbonAds), { "carbon-ads": _ctx.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const _sfc_main$12 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAside" }, _attrs))} data-v-a12d52f5>`);
      ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-a12d52f5></div>`);
      ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (unref(theme2).carbonAds) {
        _push(ssrRenderComponent(_sfc_main$13, {
          "carbon-ads": unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$12, [["__scopeId", "data-v-a12d52f5"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return computed(() => {
    var _a2, _b2, _c2, _d2, _e2, _f2, _g2, _h2;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a2 = theme2.value.docFooter) == null ? void 0 : _a2.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b2 = theme2.value.docFooter) == null ? void 0 : _b2.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c2 = candidates[index - 1]) == null ? void 0 : _c2.docFooterText) ?? ((_d2 = candidates[index - 1]) == null ? void 0 : _d2.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e2 = candidates[index - 1]) == null ? void 0 : _e2.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f2 = candidates[index + 1]) == null ? void 0 : _f2.docFooterText) ?? ((_g2 = candidates[index + 1]) == null ? void 0 : _g2.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h2 = candidates[index + 1]) == null ? void 0 : _h2.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$11 = /* @__PURE__ */ defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(tag.value), mergeProps({
        class: ["VPLink", {
          link: _ctx.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": _ctx.noIcon
        }],
        href: _ctx.href ? unref(normalizeLink$1)(_ctx.href) : void 0,
        target: _ctx.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: _ctx.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const _sfc_main$10 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = computed(() => date.value.toISOString());
    const datetime = ref("");
    onMounted(() => {
      watchEffect(() => {
        var _a2, _b2, _c2;
        datetime.value = new Intl.DateTimeFormat(
          ((_b2 = (_a2 = theme2.value.lastUpdated) == null ? void 0 : _a2.formatOptions) == null ? void 0 : _b2.forceLocale) ? lang.value : void 0,
          ((_c2 = theme2.value.lastUpdated) == null ? void 0 : _c2.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a2;
      _push(`<p${ssrRenderAttrs(mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-8ec3a133>${ssrInterpolate(((_a2 = unref(theme2).lastUpdated) == null ? void 0 : _a2.text) || unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr("datetime", isoDatetime.value)} data-v-8ec3a133>${ssrInterpolate(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$10, [["__scopeId", "data-v-8ec3a133"]]);
const _sfc_main$$ = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = computed(() => page.value.lastUpdated);
    const showFooter = computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a2, _b2, _c2, _d2;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs(mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-f071531a>`);
        ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-f071531a>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-f071531a>`);
            _push(ssrRenderComponent(_sfc_main$11, {
              class: "edit-link-button",
              href: unref(editLink).url,
              "no-icon": true
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-f071531a${_scopeId}></span> ${ssrInterpolate(unref(editLink).text)}`);
                } else {
                  return [
                    createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    createTextVNode(" " + toDisplayString(unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-f071531a>`);
            _push(ssrRenderComponent(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a2 = unref(control).prev) == null ? void 0 : _a2.link) || ((_b2 = unref(control).next) == null ? void 0 : _b2.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-f071531a><span class="visually-hidden" id="doc-footer-aria-label" data-v-f071531a>Pager</span><div class="pager" data-v-f071531a>`);
          if ((_c2 = unref(control).prev) == null ? void 0 : _c2.link) {
            _push(ssrRenderComponent(_sfc_main$11, {
              class: "pager-link prev",
              href: unref(control).prev.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a3, _b3;
                if (_push2) {
                  _push2(`<span class="desc" data-v-f071531a${_scopeId}>${(((_a3 = unref(theme2).docFooter) == null ? void 0 : _a3.prev) || "Previous page") ?? ""}</span><span class="title" data-v-f071531a${_scopeId}>${unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b3 = unref(theme2).docFooter) == null ? void 0 : _b3.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-f071531a>`);
          if ((_d2 = unref(control).next) == null ? void 0 : _d2.link) {
            _push(ssrRenderComponent(_sfc_main$11, {
              class: "pager-link next",
              href: unref(control).next.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a3, _b3;
                if (_push2) {
                  _push2(`<span class="desc" data-v-f071531a${_scopeId}>${(((_a3 = unref(theme2).docFooter) == null ? void 0 : _a3.next) || "Next page") ?? ""}</span><span class="title" data-v-f071531a${_scopeId}>${unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b3 = unref(theme2).docFooter) == null ? void 0 : _b3.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$$, [["__scopeId", "data-v-f071531a"]]);
const _sfc_main$_ = /* @__PURE__ */ defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPDoc", { "has-sidebar": unref(hasSidebar), "has-aside": unref(hasAside) }]
      }, _attrs))} data-v-daa6b3d6>`);
      ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-daa6b3d6>`);
      if (unref(hasAside)) {
        _push(`<div class="${ssrRenderClass([{ "left-aside": unref(leftAside) }, "aside"])}" data-v-daa6b3d6><div class="aside-curtain" data-v-daa6b3d6></div><div class="aside-container" data-v-daa6b3d6><div class="aside-content" data-v-daa6b3d6>`);
        _push(ssrRenderComponent(VPDocAside, null, {
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-daa6b3d6><div class="content-container" data-v-daa6b3d6>`);
      ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-daa6b3d6>`);
      _push(ssrRenderComponent(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent(VPDocFooter, null, {
        "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$_, [["__scopeId", "data-v-daa6b3d6"]]);
const _sfc_main$Z = /* @__PURE__ */ defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(component.value), mergeProps({
        class: ["VPButton", [_ctx.size, _ctx.theme]],
        href: _ctx.href ? unref(normalizeLink$1)(_ctx.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate(_ctx.text)}`);
          } else {
            return [
              createTextVNode(toDisplayString(_ctx.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-0834d960"]]);
const _sfc_main$Y = /* @__PURE__ */ defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = resolveComponent("VPImage", true);
      if (_ctx.image) {
        _push(`<!--[-->`);
        if (typeof _ctx.image === "string" || "src" in _ctx.image) {
          _push(`<img${ssrRenderAttrs(mergeProps({ class: "VPImage" }, typeof _ctx.image === "string" ? _ctx.$attrs : { ..._ctx.image, ..._ctx.$attrs }, {
            src: unref(withBase)(typeof _ctx.image === "string" ? _ctx.image : _ctx.image.src),
            alt: _ctx.alt ?? (typeof _ctx.image === "string" ? "" : _ctx.image.alt || "")
          }))} data-v-3343a68a>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "dark",
            image: _ctx.image.dark,
            alt: _ctx.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "light",
            image: _ctx.image.light,
            alt: _ctx.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$Y, [["__scopeId", "data-v-3343a68a"]]);
const _sfc_main$X = /* @__PURE__ */ defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHero", { "has-image": _ctx.image || unref(heroImageSlotExists) }]
      }, _attrs))} data-v-e7da6ea5><div class="container" data-v-e7da6ea5><div class="main" data-v-e7da6ea5>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-e7da6ea5>`);
        if (_ctx.name) {
          _push(`<span class="name clip" data-v-e7da6ea5>${_ctx.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (_ctx.text) {
          _push(`<span class="text" data-v-e7da6ea5>${_ctx.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (_ctx.tagline) {
          _push(`<p class="tagline" data-v-e7da6ea5>${_ctx.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (_ctx.actions) {
        _push(`<div class="actions" data-v-e7da6ea5><!--[-->`);
        ssrRenderList(_ctx.actions, (action) => {
          _push(`<div class="action" data-v-e7da6ea5>`);
          _push(ssrRenderComponent(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (_ctx.image || unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-e7da6ea5><div class="image-container" data-v-e7da6ea5><div class="image-bg" data-v-e7da6ea5></div>`);
        ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, () => {
          if (_ctx.image) {
            _push(ssrRenderComponent(VPImage, {
              class: "image-src",
              image: _ctx.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$X, [["__scopeId", "data-v-e7da6ea5"]]);
const _sfc_main$W = /* @__PURE__ */ defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).hero) {
        _push(ssrRenderComponent(VPHero, mergeProps({
          class: "VPHomeHero",
          name: unref(fm).hero.name,
          text: unref(fm).hero.text,
          tagline: unref(fm).hero.tagline,
          image: unref(fm).hero.image,
          actions: unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const _sfc_main$V = /* @__PURE__ */ defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$11, mergeProps({
        class: "VPFeature",
        href: _ctx.link,
        rel: _ctx.rel,
        target: _ctx.target,
        "no-icon": true,
        tag: _ctx.link ? "a" : "div"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-8a3ada7d${_scopeId}>`);
            if (typeof _ctx.icon === "object" && _ctx.icon.wrap) {
              _push2(`<div class="icon" data-v-8a3ada7d${_scopeId}>`);
              _push2(ssrRenderComponent(VPImage, {
                image: _ctx.icon,
                alt: _ctx.icon.alt,
                height: _ctx.icon.height || 48,
                width: _ctx.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof _ctx.icon === "object") {
              _push2(ssrRenderComponent(VPImage, {
                image: _ctx.icon,
                alt: _ctx.icon.alt,
                height: _ctx.icon.height || 48,
                width: _ctx.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (_ctx.icon) {
              _push2(`<div class="icon" data-v-8a3ada7d${_scopeId}>${_ctx.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-8a3ada7d${_scopeId}>${_ctx.title ?? ""}</h2>`);
            if (_ctx.details) {
              _push2(`<p class="details" data-v-8a3ada7d${_scopeId}>${_ctx.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (_ctx.linkText) {
              _push2(`<div class="link-text" data-v-8a3ada7d${_scopeId}><p class="link-text-value" data-v-8a3ada7d${_scopeId}>${ssrInterpolate(_ctx.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-8a3ada7d${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              createVNode("article", { class: "box" }, [
                typeof _ctx.icon === "object" && _ctx.icon.wrap ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  createVNode(VPImage, {
                    image: _ctx.icon,
                    alt: _ctx.icon.alt,
                    height: _ctx.icon.height || 48,
                    width: _ctx.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof _ctx.icon === "object" ? (openBlock(), createBlock(VPImage, {
                  key: 1,
                  image: _ctx.icon,
                  alt: _ctx.icon.alt,
                  height: _ctx.icon.height || 48,
                  width: _ctx.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : _ctx.icon ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: _ctx.icon
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                createVNode("h2", {
                  class: "title",
                  innerHTML: _ctx.title
                }, null, 8, ["innerHTML"]),
                _ctx.details ? (openBlock(), createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: _ctx.details
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                _ctx.linkText ? (openBlock(), createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  createVNode("p", { class: "link-text-value" }, [
                    createTextVNode(toDisplayString(_ctx.linkText) + " ", 1),
                    createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$V, [["__scopeId", "data-v-8a3ada7d"]]);
const _sfc_main$U = /* @__PURE__ */ defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid = computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (_ctx.features) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPFeatures" }, _attrs))} data-v-9b66a58a><div class="container" data-v-9b66a58a><div class="items" data-v-9b66a58a><!--[-->`);
        ssrRenderList(_ctx.features, (feature) => {
          _push(`<div class="${ssrRenderClass([[grid.value], "item"])}" data-v-9b66a58a>`);
          _push(ssrRenderComponent(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$U, [["__scopeId", "data-v-9b66a58a"]]);
const _sfc_main$T = /* @__PURE__ */ defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).features) {
        _push(ssrRenderComponent(VPFeatures, mergeProps({
          class: "VPHomeFeatures",
          features: unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const _sfc_main$S = /* @__PURE__ */ defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "vp-doc container",
        style: unref(vw) ? { "--vp-offset": `calc(50% - ${unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-89f9775f>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["__scopeId", "data-v-89f9775f"]]);
const _sfc_main$R = /* @__PURE__ */ defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-9a2ea08b>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$W, null, {
        "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$T, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent(VPHomeContent, null, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$R, [["__scopeId", "data-v-9a2ea08b"]]);
const _sfc_main$Q = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = resolveComponent("Content");
  _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent(_component_Content, null, null, _parent));
  ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$Q, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$P = /* @__PURE__ */ defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPContent", {
          "has-sidebar": unref(hasSidebar),
          "is-home": unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-2f05504c>`);
      if (unref(page).isNotFound) {
        ssrRenderSlot(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent(VPPage, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent(VPHome, null, {
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout && unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, createVNode(resolveDynamicComponent(unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent(VPDoc, null, {
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-2f05504c"]]);
const _sfc_main$O = /* @__PURE__ */ defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).footer && unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs(mergeProps({
          class: ["VPFooter", { "has-sidebar": unref(hasSidebar) }]
        }, _attrs))} data-v-1ad21a4d><div class="container" data-v-1ad21a4d>`);
        if (unref(theme2).footer.message) {
          _push(`<p class="message" data-v-1ad21a4d>${unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-1ad21a4d>${unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["__scopeId", "data-v-1ad21a4d"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = shallowRef([]);
  const hasLocalNav = computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$N = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = ref(false);
    const vh = ref(0);
    const main = ref();
    ref();
    function closeOnClickOutside(e) {
      var _a2;
      if (!((_a2 = main.value) == null ? void 0 : _a2.contains(e.target))) {
        open.value = false;
      }
    }
    watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-2a229590>`);
      if (_ctx.headers.length > 0) {
        _push(`<button class="${ssrRenderClass({ open: open.value })}" data-v-2a229590><span class="menu-text" data-v-2a229590>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-2a229590></span></button>`);
      } else {
        _push(`<button data-v-2a229590>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-2a229590><div class="header" data-v-2a229590><a class="top-link" href="#" data-v-2a229590>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-2a229590>`);
        _push(ssrRenderComponent(VPDocOutlineItem, { headers: _ctx.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["__scopeId", "data-v-2a229590"]]);
const _sfc_main$M = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = ref(0);
    onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: classes.value }, _attrs))} data-v-78533b04><div class="container" data-v-78533b04>`);
        if (unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr("aria-expanded", _ctx.open)} aria-controls="VPSidebarNav" data-v-78533b04><span class="vpi-align-left menu-icon" data-v-78533b04></span><span class="menu-text" data-v-78533b04>${ssrInterpolate(unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(VPLocalNavOutlineDropdown, {
          headers: unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["__scopeId", "data-v-78533b04"]]);
function useNav() {
  const isScreenOpen = ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$L = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs(mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-cc088bc2><span class="check" data-v-cc088bc2>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-cc088bc2>`);
    ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-cc088bc2"]]);
const _sfc_main$K = /* @__PURE__ */ defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = ref("");
    watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPSwitch, mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": unref(isDark),
        onClick: unref(toggleAppearance)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-4a881660${_scopeId}></span><span class="vpi-moon moon" data-v-4a881660${_scopeId}></span>`);
          } else {
            return [
              createVNode("span", { class: "vpi-sun sun" }),
              createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-4a881660"]]);
const _sfc_main$J = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-930dfa85>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["__scopeId", "data-v-930dfa85"]]);
const focusedElement = ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = watch(focusedElement, (el) => {
      var _a2, _b2, _c2;
      if (el === options.el.value || ((_a2 = options.el.value) == null ? void 0 : _a2.contains(el))) {
        focus.value = true;
        (_b2 = options.onFocus) == null ? void 0 : _b2.call(options);
      } else {
        focus.value = false;
        (_c2 = options.onBlur) == null ? void 0 : _c2.call(options);
      }
    });
    onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$I = /* @__PURE__ */ defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-93886cc6>`);
      _push(ssrRenderComponent(_sfc_main$11, {
        class: {
          active: unref(isActive)(
            unref(page).relativePath,
            _ctx.item.activeMatch || _ctx.item.link,
            !!_ctx.item.activeMatch
          )
        },
        href: _ctx.item.link,
        target: _ctx.item.target,
        rel: _ctx.item.rel,
        "no-icon": _ctx.item.noIcon
      }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-93886cc6${_scopeId}>${_ctx.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: _ctx.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["__scopeId", "data-v-93886cc6"]]);
const _sfc_main$H = /* @__PURE__ */ defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-00675a5b>`);
      if (_ctx.text) {
        _push(`<p class="title" data-v-00675a5b>${ssrInterpolate(_ctx.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(_ctx.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-00675a5b"]]);
const _sfc_main$G = /* @__PURE__ */ defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenu" }, _attrs))} data-v-c957d6a1>`);
      if (_ctx.items) {
        _push(`<div class="items" data-v-c957d6a1><!--[-->`);
        ssrRenderList(_ctx.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-c957d6a1"]]);
const _sfc_main$F = /* @__PURE__ */ defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = ref(false);
    const el = ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-15b2000f><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr("aria-expanded", open.value)}${ssrRenderAttr("aria-label", _ctx.label)} data-v-15b2000f>`);
      if (_ctx.button || _ctx.icon) {
        _push(`<span class="text" data-v-15b2000f>`);
        if (_ctx.icon) {
          _push(`<span class="${ssrRenderClass([_ctx.icon, "option-icon"])}" data-v-15b2000f></span>`);
        } else {
          _push(`<!---->`);
        }
        if (_ctx.button) {
          _push(`<span data-v-15b2000f>${_ctx.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-15b2000f></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-15b2000f></span>`);
      }
      _push(`</button><div class="menu" data-v-15b2000f>`);
      _push(ssrRenderComponent(VPMenu, { items: _ctx.items }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-15b2000f"]]);
const _sfc_main$E = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a2;
    const props = __props;
    const el = ref();
    onMounted(async () => {
      var _a3;
      await nextTick();
      const span = (_a3 = el.value) == null ? void 0 : _a3.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a2 = useSSRContext()) == null ? void 0 : _a2.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs(mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: _ctx.link,
        "aria-label": _ctx.ariaLabel ?? (typeof _ctx.icon === "string" ? _ctx.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-d41c9427>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$E, [["__scopeId", "data-v-d41c9427"]]);
const _sfc_main$D = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-b9c883e6><!--[-->`);
      ssrRenderList(_ctx.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-b9c883e6"]]);
const _sfc_main$C = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (unref(localeLinks).length && unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-4fdfa866${_scopeId}><p class="trans-title" data-v-4fdfa866${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList(unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-4fdfa866${_scopeId}><div class="item appearance" data-v-4fdfa866${_scopeId}><p class="label" data-v-4fdfa866${_scopeId}>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-4fdfa866${_scopeId}>`);
                _push2(ssrRenderComponent(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-4fdfa866${_scopeId}><div class="item social-links" data-v-4fdfa866${_scopeId}>`);
                _push2(ssrRenderComponent(VPSocialLinks, {
                  class: "social-links-list",
                  links: unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                unref(localeLinks).length && unref(currentLang).label ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  createVNode("p", { class: "trans-title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : createCommentVNode("", true),
                unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto" ? (openBlock(), createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  createVNode("div", { class: "item appearance" }, [
                    createVNode("p", { class: "label" }, toDisplayString(unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    createVNode("div", { class: "appearance-action" }, [
                      createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : createCommentVNode("", true),
                unref(theme2).socialLinks ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  createVNode("div", { class: "item social-links" }, [
                    createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$C, [["__scopeId", "data-v-4fdfa866"]]);
const _sfc_main$B = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: _ctx.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": _ctx.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-80a2dec4><span class="container" data-v-80a2dec4><span class="top" data-v-80a2dec4></span><span class="middle" data-v-80a2dec4></span><span class="bottom" data-v-80a2dec4></span></span></button>`);
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$B, [["__scopeId", "data-v-80a2dec4"]]);
const _sfc_main$A = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$11, mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: unref(isActive)(
            unref(page).relativePath,
            _ctx.item.activeMatch || _ctx.item.link,
            !!_ctx.item.activeMatch
          )
        },
        href: _ctx.item.link,
        target: _ctx.item.target,
        rel: _ctx.item.rel,
        "no-icon": _ctx.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-f39e1a8e${_scopeId}>${_ctx.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: _ctx.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$A, [["__scopeId", "data-v-f39e1a8e"]]);
const _sfc_main$z = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPFlyout, mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: unref(isActive)(unref(page).relativePath, _ctx.item.activeMatch, !!_ctx.item.activeMatch) || childrenActive.value
        },
        button: _ctx.item.text,
        items: _ctx.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const _sfc_main$y = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-0125353c><span id="main-nav-aria-label" class="visually-hidden" data-v-0125353c> Main Navigation </span><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(_sfc_main$z, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$y, [["__scopeId", "data-v-0125353c"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a2, _b2, _c2;
    const keyPath = key.split(".");
    const themeObject = (_a2 = theme2.value.search) == null ? void 0 : _a2.options;
    const isObject2 = themeObject && typeof themeObject === "object";
    const locales = isObject2 && ((_c2 = (_b2 = themeObject.locales) == null ? void 0 : _b2[localeIndex.value]) == null ? void 0 : _c2.translations) || null;
    const translations = isObject2 && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$x = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate(unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const _sfc_main$w = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = defineAsyncComponent(() => import("./VPLocalSearchBox.MTeX899B.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded = ref(false);
    const actuallyLoaded = ref(false);
    onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded.value) {
        loaded.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a2;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent(unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent(_sfc_main$x, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded.value) {
          _push(ssrRenderComponent(unref(VPAlgoliaSearchBox), {
            algolia: ((_a2 = unref(theme2).search) == null ? void 0 : _a2.options) ?? unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent(_sfc_main$x, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const _sfc_main$v = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavBarSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$v, [["__scopeId", "data-v-1303d114"]]);
const _sfc_main$u = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = computed(
      () => {
        var _a2;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a2 = theme2.value.logoLink) == null ? void 0 : _a2.link;
      }
    );
    const rel = computed(
      () => {
        var _a2;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a2 = theme2.value.logoLink) == null ? void 0 : _a2.rel;
      }
    );
    const target = computed(
      () => {
        var _a2;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a2 = theme2.value.logoLink) == null ? void 0 : _a2.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": unref(hasSidebar) }]
      }, _attrs))} data-v-daef4da7><a class="title"${ssrRenderAttr("href", link2.value ?? unref(normalizeLink$1)(unref(currentLang).link))}${ssrRenderAttr("rel", rel.value)}${ssrRenderAttr("target", target.value)} data-v-daef4da7>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (unref(theme2).logo) {
        _push(ssrRenderComponent(VPImage, {
          class: "logo",
          image: unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (unref(theme2).siteTitle) {
        _push(`<span data-v-daef4da7>${unref(theme2).siteTitle ?? ""}</span>`);
      } else if (unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-daef4da7>${ssrInterpolate(unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$u, [["__scopeId", "data-v-daef4da7"]]);
const _sfc_main$t = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-90513938${_scopeId}><p class="title" data-v-90513938${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList(unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                createVNode("div", { class: "items" }, [
                  createVNode("p", { class: "title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$t, [["__scopeId", "data-v-90513938"]]);
const _sfc_main$s = /* @__PURE__ */ defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = ref({});
    watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-575f5a62><div class="wrapper" data-v-575f5a62><div class="container" data-v-575f5a62><div class="title" data-v-575f5a62>`);
      _push(ssrRenderComponent(VPNavBarTitle, null, {
        "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-575f5a62><div class="content-body" data-v-575f5a62>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$w, { class: "search" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPNavBarHamburger, {
        class: "hamburger",
        active: _ctx.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-575f5a62><div class="divider-line" data-v-575f5a62></div></div></div>`);
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-575f5a62"]]);
const _sfc_main$r = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-2c982d45><p class="text" data-v-2c982d45>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$r, [["__scopeId", "data-v-2c982d45"]]);
const _sfc_main$q = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$11, mergeProps({
        class: "VPNavScreenMenuLink",
        href: _ctx.item.link,
        target: _ctx.item.target,
        rel: _ctx.item.rel,
        "no-icon": _ctx.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-a31df42f${_scopeId}>${_ctx.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: _ctx.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$q, [["__scopeId", "data-v-a31df42f"]]);
const _sfc_main$p = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$11, mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: _ctx.item.link,
        target: _ctx.item.target,
        rel: _ctx.item.rel,
        "no-icon": _ctx.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-3e79ef85${_scopeId}>${_ctx.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: _ctx.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-3e79ef85"]]);
const _sfc_main$o = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-fd771a16>`);
      if (_ctx.text) {
        _push(`<p class="title" data-v-fd771a16>${ssrInterpolate(_ctx.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(_ctx.items, (item) => {
        _push(ssrRenderComponent(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$o, [["__scopeId", "data-v-fd771a16"]]);
const _sfc_main$n = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = ref(false);
    const groupId = computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-e0a4f38b><button class="button"${ssrRenderAttr("aria-controls", groupId.value)}${ssrRenderAttr("aria-expanded", isOpen.value)} data-v-e0a4f38b><span class="button-text" data-v-e0a4f38b>${_ctx.text ?? ""}</span><span class="vpi-plus button-icon" data-v-e0a4f38b></span></button><div${ssrRenderAttr("id", groupId.value)} class="items" data-v-e0a4f38b><!--[-->`);
      ssrRenderList(_ctx.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-e0a4f38b>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-e0a4f38b>`);
          ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-e0a4f38b>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$n, [["__scopeId", "data-v-e0a4f38b"]]);
const _sfc_main$m = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const _sfc_main$l = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavScreenSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const _sfc_main$k = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-133c1bd7><button class="title" data-v-133c1bd7><span class="vpi-languages icon lang" data-v-133c1bd7></span> ${ssrInterpolate(unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-133c1bd7></span></button><ul class="list" data-v-133c1bd7><!--[-->`);
        ssrRenderList(unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-133c1bd7>`);
          _push(ssrRenderComponent(_sfc_main$11, {
            class: "link",
            href: locale.link
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(locale.text)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$k, [["__scopeId", "data-v-133c1bd7"]]);
const _sfc_main$j = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (_ctx.open) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-d57734d5><div class="container" data-v-d57734d5>`);
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(_sfc_main$m, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent(_sfc_main$l, { class: "social-links" }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$j, [["__scopeId", "data-v-d57734d5"]]);
const _sfc_main$i = /* @__PURE__ */ defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = computed(() => {
      return frontmatter.value.navbar !== false;
    });
    provide("close-screen", closeScreen);
    watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs(mergeProps({ class: "VPNav" }, _attrs))} data-v-460be74a>`);
        _push(ssrRenderComponent(VPNavBar, {
          "is-screen-open": unref(isScreenOpen),
          onToggleScreen: unref(toggleScreen)
        }, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPNavScreen, { open: unref(isScreenOpen) }, {
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$i, [["__scopeId", "data-v-460be74a"]]);
const _sfc_main$h = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(computed(() => props.item));
    const sectionTag = computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = computed(() => isLink.value ? "a" : "div");
    const textTag = computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = computed(() => isLink.value ? void 0 : "button");
    const classes = computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(sectionTag.value), mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (_ctx.item.text) {
              _push2(`<div class="item"${ssrRenderAttr("role", itemRole.value)}${ssrRenderAttr("tabindex", _ctx.item.items && 0)} data-v-f7efb53d${_scopeId}><div class="indicator" data-v-f7efb53d${_scopeId}></div>`);
              if (_ctx.item.link) {
                _push2(ssrRenderComponent(_sfc_main$11, {
                  tag: linkTag.value,
                  class: "link",
                  href: _ctx.item.link,
                  rel: _ctx.item.rel,
                  target: _ctx.item.target
                }, {
                  default: withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: _ctx.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (_ctx.item.collapsed != null && _ctx.item.items && _ctx.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-f7efb53d${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-f7efb53d${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (_ctx.item.items && _ctx.item.items.length) {
              _push2(`<div class="items" data-v-f7efb53d${_scopeId}>`);
              if (_ctx.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList(_ctx.item.items, (i) => {
                  _push2(ssrRenderComponent(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: _ctx.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              _ctx.item.text ? (openBlock(), createBlock("div", mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, toHandlers(
                _ctx.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: _ctx.item.items && 0
              }), [
                createVNode("div", { class: "indicator" }),
                _ctx.item.link ? (openBlock(), createBlock(_sfc_main$11, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: _ctx.item.link,
                  rel: _ctx.item.rel,
                  target: _ctx.item.target
                }, {
                  default: withCtx(() => [
                    (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: _ctx.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: _ctx.item.text
                }, null, 8, ["innerHTML"])),
                _ctx.item.collapsed != null && _ctx.item.items && _ctx.item.items.length ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : createCommentVNode("", true),
              _ctx.item.items && _ctx.item.items.length ? (openBlock(), createBlock("div", {
                key: 1,
                class: "items"
              }, [
                _ctx.depth < 5 ? (openBlock(true), createBlock(Fragment, { key: 0 }, renderList(_ctx.item.items, (i) => {
                  return openBlock(), createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: _ctx.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : createCommentVNode("", true)
              ])) : createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$h, [["__scopeId", "data-v-f7efb53d"]]);
const _sfc_main$g = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = ref(true);
    let timer = null;
    onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList(_ctx.items, (item) => {
        _push(`<div class="${ssrRenderClass([{ "no-transition": disableTransition.value }, "group"])}" data-v-1186ba5d>`);
        _push(ssrRenderComponent(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$g, [["__scopeId", "data-v-1186ba5d"]]);
const _sfc_main$f = /* @__PURE__ */ defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    watch(
      [props, navEl],
      () => {
        var _a2;
        if (props.open) {
          isLocked.value = true;
          (_a2 = navEl.value) == null ? void 0 : _a2.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = ref(0);
    watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs(mergeProps({
          class: ["VPSidebar", { open: _ctx.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-d82947d6><div class="curtain" data-v-d82947d6></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-d82947d6><span class="visually-hidden" id="sidebar-aria-label" data-v-d82947d6> Sidebar Navigation </span>`);
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSidebarGroup, {
          items: unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$f, [["__scopeId", "data-v-d82947d6"]]);
const _sfc_main$e = /* @__PURE__ */ defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = ref();
    watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-c3387af4></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-c3387af4>${ssrInterpolate(unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$e, [["__scopeId", "data-v-c3387af4"]]);
const _sfc_main$d = /* @__PURE__ */ defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = useSlots();
    const heroImageSlotExists = computed(() => !!slots["home-hero-image"]);
    provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      if (unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["Layout", unref(frontmatter).pageClass]
        }, _attrs))} data-v-e47f9ac4>`);
        ssrRenderSlot(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent(VPBackdrop, {
          class: "backdrop",
          show: unref(isSidebarOpen),
          onClick: unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPNav, null, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPLocalNav, {
          open: unref(isSidebarOpen),
          onOpenMenu: unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPSidebar, { open: unref(isSidebarOpen) }, {
          "sidebar-nav-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPContent, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPFooter, null, null, _parent));
        ssrRenderSlot(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$d, [["__scopeId", "data-v-e47f9ac4"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid = setGrid(el, size, asize);
  manageSlots(el, grid, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid);
  return grid;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid;
  const drem = rem === 0 ? rem : grid - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$c = /* @__PURE__ */ defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [_ctx.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList(_ctx.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr("src", sponsor.img)}${ssrRenderAttr("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const _sfc_main$b = /* @__PURE__ */ defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsors vp-sponsor", [_ctx.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(_sfc_main$c, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const _sfc_main$a = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent(_sfc_main$b, {
        mode: "aside",
        tier: _ctx.tier,
        size: _ctx.size,
        data: _ctx.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const _sfc_main$9 = /* @__PURE__ */ defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs(mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-efbbfbe2><div class="container" data-v-efbbfbe2><div class="header" data-v-efbbfbe2><div class="love" data-v-efbbfbe2><span class="vpi-heart icon" data-v-efbbfbe2></span></div>`);
      if (_ctx.message) {
        _push(`<h2 class="message" data-v-efbbfbe2>${ssrInterpolate(_ctx.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-efbbfbe2>`);
      _push(ssrRenderComponent(_sfc_main$b, { data: _ctx.data }, null, _parent));
      _push(`</div>`);
      if (_ctx.actionLink) {
        _push(`<div class="action" data-v-efbbfbe2>`);
        _push(ssrRenderComponent(VPButton, {
          theme: "sponsor",
          text: _ctx.actionText,
          href: _ctx.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const _sfc_main$8 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembersItem", [_ctx.size]]
      }, _attrs))} data-v-b81f6cbd><div class="profile" data-v-b81f6cbd><figure class="avatar" data-v-b81f6cbd><img class="avatar-img"${ssrRenderAttr("src", _ctx.member.avatar)}${ssrRenderAttr("alt", _ctx.member.name)} data-v-b81f6cbd></figure><div class="data" data-v-b81f6cbd><h1 class="name" data-v-b81f6cbd>${ssrInterpolate(_ctx.member.name)}</h1>`);
      if (_ctx.member.title || _ctx.member.org) {
        _push(`<p class="affiliation" data-v-b81f6cbd>`);
        if (_ctx.member.title) {
          _push(`<span class="title" data-v-b81f6cbd>${ssrInterpolate(_ctx.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (_ctx.member.title && _ctx.member.org) {
          _push(`<span class="at" data-v-b81f6cbd> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (_ctx.member.org) {
          _push(ssrRenderComponent(_sfc_main$11, {
            class: ["org", { link: _ctx.member.orgLink }],
            href: _ctx.member.orgLink,
            "no-icon": ""
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(_ctx.member.org)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(_ctx.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (_ctx.member.desc) {
        _push(`<p class="desc" data-v-b81f6cbd>${_ctx.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (_ctx.member.links) {
        _push(`<div class="links" data-v-b81f6cbd>`);
        _push(ssrRenderComponent(VPSocialLinks, {
          links: _ctx.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (_ctx.member.sponsor) {
        _push(`<div class="sp" data-v-b81f6cbd>`);
        _push(ssrRenderComponent(_sfc_main$11, {
          class: "sp-link",
          href: _ctx.member.sponsor,
          "no-icon": ""
        }, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-b81f6cbd${_scopeId}></span> ${ssrInterpolate(_ctx.member.actionText || "Sponsor")}`);
            } else {
              return [
                createVNode("span", { class: "vpi-heart sp-icon" }),
                createTextVNode(" " + toDisplayString(_ctx.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$8, [["__scopeId", "data-v-b81f6cbd"]]);
const _sfc_main$7 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-4575fc64><div class="container" data-v-4575fc64><!--[-->`);
      ssrRenderList(_ctx.members, (member) => {
        _push(`<div class="item" data-v-4575fc64>`);
        _push(ssrRenderComponent(VPTeamMembersItem, {
          size: _ctx.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = {};
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
const _sfc_main$5 = {};
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const _sfc_main$4 = {};
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.64.0_@types+node@20.19.43_lightningcss@1.33.0__83bfc83792ebdd8dbc3bac71471f0bd3/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const theme = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$18);
  }
};
const num$1 = (key, value, help, step = 1e-3) => ({
  key,
  kind: "number",
  default: value,
  min: 0,
  step,
  help
});
const real = (key, value, help, step = 0.1) => ({
  key,
  kind: "number",
  default: value,
  step,
  help
});
const int$1 = (key, value, help, min = 1) => ({
  key,
  kind: "integer",
  default: value,
  min,
  help
});
const bool = (key, value, help) => ({
  key,
  kind: "boolean",
  default: value,
  help
});
const pick = (key, value, choices, help) => ({
  key,
  kind: "select",
  default: value,
  choices,
  help
});
const list = (key, value, help) => ({
  key,
  kind: "numbers",
  default: value,
  help
});
function specUsage(spec) {
  const json = JSON.stringify(spec, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_m2, inner) => {
    return `[${String(inner).replace(/\s*\n\s*/g, " ")}]`;
  });
  return `const spec = ${json};
const scheduler = fromSpec(optimizer, spec); // or preview(spec, { steps })`;
}
function closedForm(init) {
  const spec = (values) => ({
    version: 1,
    type: init.type,
    ...init.spec ? init.spec(values) : values
  });
  return {
    slug: init.type,
    name: init.type,
    family: init.family,
    summary: init.summary,
    formula: init.formula,
    options: init.options,
    steps: init.steps ?? 100,
    baseLrs: [0.1, 0.05],
    spec,
    usage: (values) => specUsage(spec(values))
  };
}
const ABSOLUTE = "Absolute lrs: every group gets the same values.";
const MULTIPLIER = "A multiplier of each group's base lr, as in transformers.";
const closedForms = [
  closedForm({
    type: "constant",
    family: "closed-form",
    summary: `The same lr at every step. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta",
    options: [num$1("lr", 0.05, "The lr.")],
    steps: 50
  }),
  closedForm({
    type: "linear",
    family: "closed-form",
    summary: `A straight line from startLr to endLr, then flat. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_s + (\\eta_e - \\eta_s)\\,\\frac{\\min(t, T)}{T}",
    options: [
      num$1("startLr", 0.1, "η_s at step 0."),
      num$1("endLr", 1e-3, "η_e from step T on."),
      int$1("transitionSteps", 80, "T.")
    ]
  }),
  closedForm({
    type: "cosine",
    family: "closed-form",
    summary: `Half a cosine from peakLr to minLr, then flat (optax's cosine_decay_schedule). ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\min} + (\\eta_{\\text{peak}} - \\eta_{\\min}) \\left(\\tfrac{1}{2}\\left(1 + \\cos \\frac{\\pi \\min(t, T)}{T}\\right)\\right)^{p}",
    options: [
      num$1("peakLr", 0.1, "η_peak at step 0."),
      num$1("minLr", 1e-3, "η_min."),
      int$1("decaySteps", 100, "T."),
      real("exponent", 1, "p: > 1 decays sooner.")
    ],
    steps: 120
  }),
  closedForm({
    type: "exponential",
    family: "closed-form",
    summary: `Multiplies the lr by decayRate every decaySteps steps, smoothly or as a staircase. ${ABSOLUTE}`,
    formula: "\\eta_t = \\max\\left(\\eta_0 \\cdot r^{t / s}, \\eta_{\\text{end}}\\right)",
    options: [
      num$1("startLr", 0.1, "η_0."),
      real("decayRate", 0.5, "r.", 0.05),
      int$1("decaySteps", 20, "s."),
      bool("staircase", false, "Use ⌊t / s⌋."),
      num$1("endLr", 5e-3, "Floor (ceiling when r > 1).")
    ]
  }),
  closedForm({
    type: "polynomial",
    family: "closed-form",
    summary: `Polynomial decay from startLr to endLr over decaySteps (Keras's PolynomialDecay). ${ABSOLUTE}`,
    formula: "\\eta_t = (\\eta_0 - \\eta_{\\text{end}})\\left(1 - \\frac{\\min(t, T)}{T}\\right)^{p} + \\eta_{\\text{end}}",
    options: [
      num$1("startLr", 0.1, "η_0."),
      num$1("endLr", 1e-3, "η_end."),
      int$1("decaySteps", 80, "T."),
      real("power", 2, "p."),
      bool("cycle", false, "Decay again over the next multiple of T.")
    ],
    steps: 120
  }),
  closedForm({
    type: "piecewise-constant",
    family: "closed-form",
    summary: `Constant pieces that change after each boundary. ${ABSOLUTE}`,
    formula: "\\eta_t = v_i \\quad \\text{for } b_{i-1} < t \\le b_i",
    options: [
      list("boundaries", [30, 60, 80], "Steps after which the next value applies."),
      list("values", [0.1, 0.05, 0.01, 1e-3], "One more value than boundaries.")
    ]
  }),
  closedForm({
    type: "piecewise-interpolated",
    family: "closed-form",
    summary: `Knots joined by straight lines or half cosines. ${ABSOLUTE}`,
    formula: "\\eta_t = \\text{interp}(t;\\ (b_0, v_0), (b_1, v_1), \\dots)",
    options: [
      list("boundaries", [0, 10, 60, 100], "Steps of the knots."),
      list("values", [0, 0.1, 0.02, 0], "The lr at each knot."),
      pick("interpolation", "linear", ["linear", "cosine"], "Between knots.")
    ],
    steps: 110
  }),
  closedForm({
    type: "inverse-sqrt",
    family: "closed-form",
    summary: `The Transformer's 1/√t decay, finite at step 0. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\text{peak}} \\sqrt{\\frac{\\tau}{t + \\tau}}",
    options: [num$1("peakLr", 0.1, "η_peak."), int$1("timescaleSteps", 10, "τ.")]
  }),
  closedForm({
    type: "inverse-time",
    family: "closed-form",
    summary: `Keras's InverseTimeDecay. ${ABSOLUTE}`,
    formula: "\\eta_t = \\frac{\\eta_0}{1 + r\\, t / s}",
    options: [
      num$1("startLr", 0.1, "η_0."),
      real("decayRate", 0.5, "r.", 0.05),
      int$1("decaySteps", 10, "s."),
      bool("staircase", false, "Use ⌊t / s⌋.")
    ]
  }),
  closedForm({
    type: "warmup",
    family: "closed-form",
    summary: `Wraps any schedule with a warmup; here a cosine. ${ABSOLUTE}`,
    formula: "\\eta_t = \\begin{cases} \\text{ramp}(\\eta_{\\text{start}} \\to \\text{target}) & t < W \\\\ \\text{schedule}(t - W) & t \\ge W \\text{ (prefix)} \\end{cases}",
    options: [
      int$1("warmupSteps", 10, "W.", 0),
      num$1("startLr", 0, "The lr at step 0 (> 0 for exponential)."),
      pick("shape", "linear", ["linear", "cosine", "exponential"], "The ramp."),
      bool("prefix", true, "The schedule starts after the warmup."),
      num$1("peakLr", 0.1, "The cosine's peak."),
      int$1("decaySteps", 90, "The cosine's length.")
    ],
    spec: (v) => ({
      warmupSteps: v.warmupSteps,
      startLr: v.startLr,
      shape: v.shape,
      prefix: v.prefix,
      schedule: { type: "cosine", peakLr: v.peakLr, decaySteps: v.decaySteps }
    })
  }),
  closedForm({
    type: "join",
    family: "closed-form",
    summary: `Schedules one after another (optax's join_schedules); here a linear ramp, then a cosine. ${ABSOLUTE}`,
    formula: "\\eta_t = \\text{schedule}_k(t - b_{k-1}) \\quad \\text{for } b_{k-1} \\le t < b_k",
    options: [
      int$1("warmupSteps", 10, "The boundary."),
      num$1("peakLr", 0.1, "Top of the ramp and of the cosine."),
      int$1("decaySteps", 90, "The cosine's length.")
    ],
    spec: (v) => ({
      schedules: [
        { type: "linear", startLr: 0, endLr: v.peakLr, transitionSteps: v.warmupSteps },
        { type: "cosine", peakLr: v.peakLr, decaySteps: v.decaySteps }
      ],
      boundaries: [v.warmupSteps]
    })
  }),
  closedForm({
    type: "restarts",
    family: "closed-form",
    summary: `Cycles that restart (SGDR, timm): growing lengths, decaying peaks, four shapes. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\min} + (\\eta^{(c)}_{\\text{peak}} - \\eta_{\\min})\\, f\\!\\left((t_c / T_c)^{k}\\right), \\quad T_c = T_0 m^c,\\ \\eta^{(c)}_{\\text{peak}} = \\eta_{\\text{peak}} d^c",
    options: [
      pick("shape", "cosine", ["cosine", "linear", "polynomial", "tanh"], "f."),
      num$1("peakLr", 0.1, "η_peak."),
      num$1("minLr", 1e-3, "η_min."),
      int$1("cycleSteps", 30, "T_0."),
      real("cycleMul", 1.5, "m."),
      real("cycleDecay", 0.8, "d.", 0.05),
      int$1("cycleLimit", 10, "Cycles before staying at η_min."),
      real("kDecay", 1, "k."),
      real("power", 1, "Exponent of the 'polynomial' shape."),
      real("tanhLowerBound", -7, "The 'tanh' shape's lower bound.", 1),
      real("tanhUpperBound", 3, "The 'tanh' shape's upper bound.", 1)
    ],
    steps: 200
  }),
  closedForm({
    type: "noise",
    family: "closed-form",
    summary: `Seeded relative noise on any schedule (timm's noise); here on a cosine. ${ABSOLUTE}`,
    formula: "\\eta_t = \\text{schedule}(t)\\,(1 + n_t), \\quad |n_t| < \\textit{noisePct}",
    options: [
      int$1("seed", 42, "Same seed, same curve.", 0),
      pick("noiseType", "normal", ["normal", "uniform"], "Distribution."),
      num$1("noisePct", 0.2, "Largest relative change.", 0.01),
      num$1("noiseStd", 1, "Std of the normal noise.", 0.1),
      int$1("startStep", 10, "First noisy step.", 0),
      num$1("peakLr", 0.1, "The cosine's peak."),
      int$1("decaySteps", 100, "The cosine's length.")
    ],
    spec: (v) => ({
      seed: v.seed,
      noiseType: v.noiseType,
      noisePct: v.noisePct,
      noiseStd: v.noiseStd,
      startStep: v.startStep,
      schedule: { type: "cosine", peakLr: v.peakLr, decaySteps: v.decaySteps }
    })
  })
];
const warmup = int$1("numWarmupSteps", 10, "Warmup steps.", 0);
const training = int$1("numTrainingSteps", 100, "Total steps.");
const huggingFace = [
  closedForm({
    type: "hf-constant",
    family: "huggingface",
    summary: `get_constant_schedule. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0",
    options: [],
    steps: 50
  }),
  closedForm({
    type: "hf-constant-with-warmup",
    family: "huggingface",
    summary: `get_constant_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\min(1, t / W)",
    options: [warmup],
    steps: 50
  }),
  closedForm({
    type: "hf-linear",
    family: "huggingface",
    summary: `get_linear_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\begin{cases} t / W & t < W \\\\ \\max\\left(0, \\frac{N - t}{N - W}\\right) & t \\ge W \\end{cases}",
    options: [warmup, training]
  }),
  closedForm({
    type: "hf-cosine",
    family: "huggingface",
    summary: `get_cosine_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\cdot \\max\\left(0, \\tfrac12 \\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right), \\quad p_t = \\frac{t - W}{N - W}",
    options: [warmup, training, real("numCycles", 0.5, "c: waves of the cosine.", 0.25)]
  }),
  closedForm({
    type: "hf-cosine-with-restarts",
    family: "huggingface",
    summary: `get_cosine_with_hard_restarts_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\cdot \\tfrac12\\left(1 + \\cos\\left(\\pi \\cdot ((c\\, p_t) \\bmod 1)\\right)\\right)",
    options: [warmup, training, int$1("numCycles", 3, "c: hard restarts.")]
  }),
  closedForm({
    type: "hf-polynomial",
    family: "huggingface",
    summary: `get_polynomial_decay_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = (\\eta_{\\text{init}} - \\eta_{\\text{end}})\\left(1 - p_t\\right)^{k} + \\eta_{\\text{end}}",
    options: [
      warmup,
      training,
      num$1("lrEnd", 1e-7, "η_end (absolute).", 1e-7),
      real("power", 2, "k."),
      num$1("lrInit", 0.1, "η_init: the optimizer's lr.")
    ]
  }),
  closedForm({
    type: "hf-inverse-sqrt",
    family: "huggingface",
    summary: `get_inverse_sqrt_schedule. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\cdot \\frac{1}{\\sqrt{(t + s - W) / s}} \\text{ after the warmup}",
    options: [warmup, int$1("timescale", 10, "s.")]
  }),
  closedForm({
    type: "hf-cosine-with-min-lr",
    family: "huggingface",
    summary: `get_cosine_with_min_lr_schedule_with_warmup. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\left(r + (1 - r)\\,\\tfrac12\\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right)",
    options: [
      warmup,
      training,
      real("numCycles", 0.5, "c.", 0.25),
      num$1("minLrRate", 0.1, "r: the floor as a fraction.", 0.01)
    ]
  }),
  closedForm({
    type: "hf-cosine-warmup-with-min-lr",
    family: "huggingface",
    summary: `cosine_warmup_with_min_lr: the warmup counts from step + 1. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\left(r + (1 - r)\\,\\tfrac12\\left(1 + \\cos(2\\pi c\\, p_t)\\right)\\right)",
    options: [
      warmup,
      training,
      real("numCycles", 0.5, "c.", 0.25),
      num$1("minLrRate", 0.1, "r: the floor as a fraction.", 0.01),
      num$1("warmupLrRate", 0.1, "The warmup's first multiplier.", 0.01)
    ]
  }),
  closedForm({
    type: "hf-warmup-stable-decay",
    family: "huggingface",
    summary: `get_wsd_schedule: warmup, a stable plateau, then a decay. ${MULTIPLIER}`,
    formula: "\\eta_t = \\eta_0 \\cdot \\text{warmup} \\to 1 \\to \\text{decay to } r",
    options: [
      warmup,
      int$1("numDecaySteps", 30, "Decay steps."),
      training,
      pick("warmupType", "linear", ["linear", "cosine", "1-sqrt"], "Warmup shape."),
      pick("decayType", "cosine", ["linear", "cosine", "1-sqrt"], "Decay shape."),
      num$1("minLrRatio", 0, "r: floor and warmup start.", 0.01),
      real("numCycles", 0.5, "Waves of the cosine decay.", 0.25)
    ]
  })
];
const timmCommon = () => [
  num$1("baseLr", 0.1, "Peak of the first cycle."),
  int$1("tInitial", 40, "First cycle length."),
  num$1("lrMin", 1e-3, "Floor."),
  real("cycleMul", 1, "Cycle growth."),
  real("cycleDecay", 0.7, "Peak decay per cycle.", 0.05),
  int$1("cycleLimit", 3, "Cycles before staying at lrMin."),
  int$1("warmupT", 5, "Warmup steps.", 0),
  num$1("warmupLrInit", 1e-4, "Warmup start.", 1e-4),
  bool("warmupPrefix", false, "Cycles start after the warmup.")
];
const timm = [
  closedForm({
    type: "timm-cosine",
    family: "timm",
    summary: `timm's CosineLRScheduler: warmup, restarts, decaying peaks. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta^{(c)} - \\eta_{\\min})\\left(1 + \\cos\\left(\\pi\\, t_c^{k} / T_c^{k}\\right)\\right)",
    options: [...timmCommon(), real("kDecay", 1, "k.")],
    steps: 130
  }),
  closedForm({
    type: "timm-poly",
    family: "timm",
    summary: `timm's PolyLRScheduler. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\min} + (\\eta^{(c)} - \\eta_{\\min})\\left(1 - t_c^{k} / T_c^{k}\\right)^{p}",
    options: [...timmCommon(), real("power", 0.5, "p."), real("kDecay", 1, "k.")],
    steps: 130
  }),
  closedForm({
    type: "timm-tanh",
    family: "timm",
    summary: `timm's TanhLRScheduler. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta^{(c)} - \\eta_{\\min})\\left(1 - \\tanh\\left(lb + (ub - lb)\\, t_c / T_c\\right)\\right)",
    options: [...timmCommon(), real("lb", -7, "lb.", 1), real("ub", 3, "ub.", 1)],
    steps: 130
  })
];
const keras = [
  closedForm({
    type: "keras-exponential-decay",
    family: "keras",
    summary: `keras.optimizers.schedules.ExponentialDecay. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_0 \\cdot r^{t / s}",
    options: [
      num$1("initialLearningRate", 0.1, "η_0."),
      int$1("decaySteps", 20, "s."),
      real("decayRate", 0.5, "r.", 0.05),
      bool("staircase", false, "Use ⌊t / s⌋.")
    ]
  }),
  closedForm({
    type: "keras-piecewise-constant-decay",
    family: "keras",
    summary: `keras.optimizers.schedules.PiecewiseConstantDecay. ${ABSOLUTE}`,
    formula: "\\eta_t = v_i \\quad \\text{for } b_{i-1} < t \\le b_i",
    options: [
      list("boundaries", [30, 60], "Strictly increasing steps."),
      list("values", [0.1, 0.01, 1e-3], "One more than boundaries.")
    ]
  }),
  closedForm({
    type: "keras-polynomial-decay",
    family: "keras",
    summary: `keras.optimizers.schedules.PolynomialDecay. ${ABSOLUTE}`,
    formula: "\\eta_t = (\\eta_0 - \\eta_{\\text{end}})\\left(1 - \\frac{\\min(t, T)}{T}\\right)^{p} + \\eta_{\\text{end}}",
    options: [
      num$1("initialLearningRate", 0.1, "η_0."),
      int$1("decaySteps", 80, "T."),
      num$1("endLearningRate", 1e-4, "η_end.", 1e-4),
      real("power", 2, "p."),
      bool("cycle", false, "Decay again past T.")
    ],
    steps: 120
  }),
  closedForm({
    type: "keras-inverse-time-decay",
    family: "keras",
    summary: `keras.optimizers.schedules.InverseTimeDecay. ${ABSOLUTE}`,
    formula: "\\eta_t = \\frac{\\eta_0}{1 + r\\, t / s}",
    options: [
      num$1("initialLearningRate", 0.1, "η_0."),
      int$1("decaySteps", 10, "s."),
      real("decayRate", 0.5, "r.", 0.05),
      bool("staircase", false, "Use ⌊t / s⌋.")
    ]
  }),
  closedForm({
    type: "keras-cosine-decay",
    family: "keras",
    summary: `keras.optimizers.schedules.CosineDecay, with its optional warmup. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_{w}\\left((1 - \\alpha)\\tfrac12\\left(1 + \\cos\\frac{\\pi \\min(t - W, T)}{T}\\right) + \\alpha\\right)",
    options: [
      num$1("initialLearningRate", 0.01, "Warmup start (or η_0 without warmup)."),
      int$1("decaySteps", 90, "T."),
      num$1("alpha", 0.01, "α: the floor as a fraction.", 0.01),
      num$1("warmupTarget", 0.1, "η_w: the lr the warmup climbs to."),
      int$1("warmupSteps", 10, "W.", 0)
    ]
  }),
  closedForm({
    type: "keras-cosine-decay-restarts",
    family: "keras",
    summary: `keras.optimizers.schedules.CosineDecayRestarts. ${ABSOLUTE}`,
    formula: "\\eta_t = \\eta_0 m^{c}\\left((1 - \\alpha)\\tfrac12\\left(1 + \\cos\\frac{\\pi t_c}{T_c}\\right) + \\alpha\\right), \\quad T_c = T_0 \\cdot t_{\\text{mul}}^{c}",
    options: [
      num$1("initialLearningRate", 0.1, "η_0."),
      int$1("firstDecaySteps", 20, "T_0."),
      real("tMul", 2, "Period growth."),
      real("mMul", 0.8, "m: peak decay.", 0.05),
      num$1("alpha", 0.01, "α.", 0.01)
    ],
    steps: 150
  })
];
const optax = [
  closedForm({
    type: "optax-linear-onecycle",
    family: "optax",
    summary: `optax.linear_onecycle_schedule. ${ABSOLUTE}`,
    formula: "\\frac{\\eta_p}{d} \\nearrow \\eta_p \\searrow \\frac{\\eta_p}{d} \\searrow \\frac{\\eta_p}{d \\cdot d_f} \\text{ (linear pieces)}",
    options: [
      int$1("transitionSteps", 100, "Total steps."),
      num$1("peakValue", 0.1, "η_p."),
      num$1("pctStart", 0.3, "End of the rise.", 0.01),
      num$1("pctFinal", 0.85, "End of the fall back to η_p/d.", 0.01),
      real("divFactor", 25, "d.", 1),
      real("finalDivFactor", 1e4, "d_f.", 1)
    ]
  }),
  closedForm({
    type: "optax-cosine-onecycle",
    family: "optax",
    summary: `optax.cosine_onecycle_schedule. ${ABSOLUTE}`,
    formula: "\\frac{\\eta_p}{d} \\nearrow \\eta_p \\searrow \\frac{\\eta_p}{d \\cdot d_f} \\text{ (cosine pieces)}",
    options: [
      int$1("transitionSteps", 100, "Total steps."),
      num$1("peakValue", 0.1, "η_p."),
      num$1("pctStart", 0.3, "End of the rise.", 0.01),
      real("divFactor", 25, "d.", 1),
      real("finalDivFactor", 1e4, "d_f.", 1)
    ]
  })
];
const closedFormEntries = [
  ...closedForms,
  ...huggingFace,
  ...timm,
  ...keras,
  ...optax
];
function num(value) {
  if (typeof value !== "number") return JSON.stringify(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential();
  return String(Number(value.toPrecision(12)));
}
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(num).join(", ")}]`;
  if (typeof value === "string") return `'${value}'`;
  return typeof value === "number" ? num(value) : String(value);
}
function constructorCall(name, values, keys) {
  const fields = keys.filter((key) => values[key] !== void 0).map((key) => `${key}: ${literal(values[key])}`);
  const oneLine = `new ${name}(optimizer, { ${fields.join(", ")} })`;
  if (oneLine.length <= 90) return oneLine;
  return `new ${name}(optimizer, {
${fields.map((f) => `  ${f},`).join("\n")}
})`;
}
function plainSpec(type) {
  return (values) => ({ version: 1, type, ...values });
}
const libraryEntries = [
  {
    slug: "cosine-annealing-warmup-restarts",
    name: "CosineAnnealingWarmupRestarts",
    family: "library",
    summary: "katsura-jp's popular cosine with a linear warmup in every cycle, a decaying peak and growing cycles. Every group starts at minLr.",
    formula: "\\eta = \\begin{cases} \\eta_{\\min} + (\\eta^{(c)}_{\\max} - \\eta_{\\min})\\,\\frac{t_c}{w} & t_c < w \\\\ \\eta_{\\min} + \\tfrac12(\\eta^{(c)}_{\\max} - \\eta_{\\min})\\left(1 + \\cos \\pi\\frac{t_c - w}{T_c - w}\\right) & \\text{else} \\end{cases}, \\quad \\eta^{(c)}_{\\max} = \\eta_{\\max}\\gamma^{c}",
    usage: (v) => constructorCall("CosineAnnealingWarmupRestarts", v, [
      "firstCycleSteps",
      "cycleMult",
      "maxLr",
      "minLr",
      "warmupSteps",
      "gamma",
      "warmupFirstCycleOnly"
    ]),
    options: [
      {
        key: "firstCycleSteps",
        kind: "integer",
        default: 50,
        min: 2,
        help: "T_0, warmup included."
      },
      {
        key: "cycleMult",
        kind: "number",
        default: 1.5,
        min: 0.1,
        max: 4,
        step: 0.1,
        help: "Growth of the cosine part per cycle."
      },
      { key: "maxLr", kind: "number", default: 0.1, min: 0, max: 1, step: 1e-3, help: "η_max." },
      {
        key: "minLr",
        kind: "number",
        default: 1e-3,
        min: 0,
        max: 0.1,
        step: 1e-3,
        help: "η_min."
      },
      { key: "warmupSteps", kind: "integer", default: 10, min: 0, help: "w: warmup per cycle." },
      {
        key: "gamma",
        kind: "number",
        default: 0.7,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Peak decay per restart."
      },
      {
        key: "warmupFirstCycleOnly",
        kind: "boolean",
        default: false,
        help: "Later cycles restart at their peak."
      }
    ],
    steps: 200,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("CosineAnnealingWarmupRestarts")
  },
  {
    slug: "linear-annealing-lr",
    name: "LinearAnnealingLR",
    family: "library",
    summary: "Linear warmup to the base lr, then linear decay to zero (BERT-style).",
    formula: "\\eta_t = \\eta_0 \\cdot \\begin{cases} \\frac{t+1}{w} & t < w \\\\ \\max\\left(0, \\frac{N - t - 1}{N - w}\\right) & t \\ge w \\end{cases}",
    usage: (v) => constructorCall("LinearAnnealingLR", v, ["annealingSteps", "totalSteps"]),
    options: [
      { key: "annealingSteps", kind: "integer", default: 10, min: 1, help: "w: warmup steps." },
      { key: "totalSteps", kind: "integer", default: 100, min: 2, help: "N: end of the decay." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("LinearAnnealingLR")
  },
  {
    slug: "paramwise-scheduler",
    name: "ParamwiseScheduler",
    family: "library",
    summary: "lrkit's own: one independent scheduler per param group. Here even groups follow a cosine and odd groups a step decay.",
    formula: "\\eta^{(g)}_t = \\text{scheduler}_g(t)",
    usage: (v) => [
      "new ParamwiseScheduler(optimizer, {",
      "  schedulers: [",
      `    (group) => new CosineAnnealingLR(group, { tMax: ${num(v.tMax)} }),`,
      `    (group) => new StepLR(group, { stepSize: ${num(v.stepSize)}, gamma: ${num(v.gamma)} }),`,
      "  ],",
      "})"
    ].join("\n"),
    options: [
      { key: "tMax", kind: "integer", default: 100, min: 1, help: "Cosine of the even groups." },
      {
        key: "stepSize",
        kind: "integer",
        default: 25,
        min: 1,
        help: "Step decay of the odd groups."
      },
      {
        key: "gamma",
        kind: "number",
        default: 0.5,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Step decay γ."
      }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: (v, groups) => ({
      version: 1,
      type: "ParamwiseScheduler",
      schedulers: Array.from(
        { length: groups },
        (_, g) => g % 2 === 0 ? { type: "CosineAnnealingLR", tMax: v.tMax } : { type: "StepLR", stepSize: v.stepSize, gamma: v.gamma }
      )
    })
  }
];
function formatValue(value) {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return String(value);
  }
  if (value === void 0) return "undefined";
  if (typeof value === "function") return `a function (${value.name || "anonymous"})`;
  if (typeof value === "symbol") return value.toString();
  try {
    const json = JSON.stringify(
      value,
      (_key, v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v
    );
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
var marker = Symbol.for("lrkit.error");
var LrkitError = class extends (_b = Error, _a = marker, _b) {
  constructor(message, options) {
    super(message, options);
    __publicField(this, _a, true);
    this.name = "LrkitError";
  }
  static isInstance(error) {
    return typeof error === "object" && error !== null && marker in error;
  }
};
var marker2 = Symbol.for("lrkit.error.invalid-argument");
var InvalidArgumentError = class extends (_d = LrkitError, _c = marker2, _d) {
  constructor(options) {
    super(
      `Invalid argument for parameter ${options.parameter}: ${options.expected}, got ${formatValue(options.value)}`,
      { cause: options.cause }
    );
    __publicField(this, _c, true);
    __publicField(this, "parameter");
    __publicField(this, "value");
    __publicField(this, "expected");
    this.name = "InvalidArgumentError";
    this.parameter = options.parameter;
    this.value = options.value;
    this.expected = options.expected;
  }
  static isInstance(error) {
    return typeof error === "object" && error !== null && marker2 in error;
  }
};
var marker4 = Symbol.for("lrkit.error.schedule-exhausted");
var ScheduleExhaustedError = class extends (_f = LrkitError, _e = marker4, _f) {
  constructor(options) {
    super(
      `${options.scheduler} was stepped past its end: step ${options.step} was requested but totalSteps is ${options.totalSteps} (PyTorch: "Tried to step ${options.step + 1} times. The specified number of total steps is ${options.totalSteps}"). Raise totalSteps (or epochs × stepsPerEpoch), or stop stepping after the last batch.`
    );
    __publicField(this, _e, true);
    /** The step (PyTorch's `last_epoch`) that was asked for. */
    __publicField(this, "step");
    __publicField(this, "totalSteps");
    this.name = "ScheduleExhaustedError";
    this.step = options.step;
    this.totalSteps = options.totalSteps;
  }
  static isInstance(error) {
    return typeof error === "object" && error !== null && marker4 in error;
  }
};
function invalid(parameter, value, expected) {
  throw new InvalidArgumentError({ parameter, value, expected });
}
function finiteNumber(parameter, value) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    invalid(parameter, value, "must be a finite number");
  }
  return value;
}
function positiveNumber(parameter, value) {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    invalid(parameter, value, "must be a positive finite number");
  }
  return value;
}
function nonNegativeNumber(parameter, value) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    invalid(parameter, value, "must be a non-negative finite number");
  }
  return value;
}
function positiveInteger(parameter, value) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    invalid(parameter, value, "must be a positive integer");
  }
  return value;
}
function nonNegativeInteger(parameter, value) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    invalid(parameter, value, "must be a non-negative integer");
  }
  return value;
}
function numberInRange(parameter, value, range) {
  const { min, max, minOpen = false, maxOpen = false } = range;
  const ok = typeof value === "number" && Number.isFinite(value) && (minOpen ? value > min : value >= min) && (maxOpen ? value < max : value <= max);
  if (!ok) {
    const interval = `${minOpen ? "(" : "["}${min}, ${max}${maxOpen ? ")" : "]"}`;
    invalid(parameter, value, `must be a number in ${interval}`);
  }
  return value;
}
function oneOf(parameter, value, options) {
  if (typeof value !== "string" || !options.includes(value)) {
    invalid(parameter, value, `must be one of ${options.map((o) => `'${o}'`).join(", ")}`);
  }
  return value;
}
function boolean(parameter, value) {
  if (typeof value !== "boolean") invalid(parameter, value, "must be a boolean");
  return value;
}
function func(parameter, value) {
  if (typeof value !== "function") invalid(parameter, value, "must be a function");
  return value;
}
function perGroup(parameter, value, groupCount, check) {
  if (Array.isArray(value)) {
    if (value.length !== groupCount) {
      invalid(
        parameter,
        value,
        `must be one value or a list of ${groupCount} (one per param group), but the list has ${value.length}`
      );
    }
    return value.map((v, i) => check(`${parameter}[${i}]`, v));
  }
  const one = check(parameter, value);
  return Array.from({ length: groupCount }, () => one);
}
function lastEpochOption(value, parameter = "lastEpoch") {
  if (value === void 0) return -1;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < -1) {
    invalid(
      parameter,
      value,
      "must be -1 (a fresh start) or a non-negative integer step to resume from"
    );
  }
  return value;
}
function knownKeys(scheduler, options, allowed) {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    invalid(
      "options",
      options,
      `must be an object of ${scheduler} options (${allowed.join(", ")})`
    );
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      invalid(
        `${scheduler}.${key}`,
        options[key],
        `is not an option of ${scheduler}; valid options are ${allowed.join(", ")}`
      );
    }
  }
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function validateOptimizer(optimizer, parameter = "optimizer") {
  if (typeof optimizer !== "object" || optimizer === null) {
    invalid(parameter, optimizer, "must be an object with paramGroups (an array of { lr })");
  }
  const groups = optimizer.paramGroups;
  if (!Array.isArray(groups) || groups.length === 0) {
    invalid(`${parameter}.paramGroups`, groups, "must be a non-empty array of param groups { lr }");
  }
  groups.forEach((group, i) => {
    if (typeof group !== "object" || group === null) {
      invalid(`${parameter}.paramGroups[${i}]`, group, "must be an object with a numeric lr");
    }
    const lr = group.lr;
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) {
      invalid(`${parameter}.paramGroups[${i}].lr`, lr, "must be a non-negative finite number");
    }
  });
  return optimizer;
}
var KEYS = ["lr", "momentum", "betas", "initialLr"];
function snapshotGroups(optimizer) {
  const groups = optimizer.paramGroups.slice();
  const saved = groups.map((group) => ({
    present: KEYS.map((key) => Object.hasOwn(group, key)),
    values: KEYS.map((key) => group[key])
  }));
  return { groups, saved };
}
function restoreGroups(snapshot) {
  snapshot.groups.forEach((group, i) => {
    const { present, values } = snapshot.saved[i];
    const record = group;
    KEYS.forEach((key, k) => {
      if (present[k]) record[key] = values[k];
      else delete record[key];
    });
  });
}
function withGroupsRollback(optimizer, fn) {
  const snapshot = snapshotGroups(optimizer);
  try {
    return fn();
  } catch (error) {
    restoreGroups(snapshot);
    throw error;
  }
}
var NON_FINITE = {
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  NaN: Number.NaN
};
function encode(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(encode);
    return items.includes(void 0) ? void 0 : items;
  }
  if (isPlainObject(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const e = encode(v);
      if (e !== void 0) out[k] = e;
    }
    return out;
  }
  return void 0;
}
function isFunctionField(value) {
  return typeof value === "function" || Array.isArray(value) && value.length > 0 && value.some((v) => typeof v === "function");
}
function snapshotFields(target, exclude) {
  const fields = {};
  const notSerialized = [];
  for (const [key, value] of Object.entries(target)) {
    if (exclude.has(key) || value === void 0) continue;
    if (isFunctionField(value)) {
      notSerialized.push(key);
      continue;
    }
    const encoded = encode(value);
    if (encoded !== void 0) fields[key] = encoded;
  }
  return { fields, notSerialized };
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function decode(current, saved, path) {
  if (typeof current === "number") {
    if (typeof saved === "number") return saved;
    if (typeof saved === "string" && saved in NON_FINITE) return NON_FINITE[saved];
    invalid(path, saved, "must be a number (as saved by stateDict)");
  }
  if (current === null || saved === null) return saved;
  if (Array.isArray(current)) {
    if (!Array.isArray(saved)) invalid(path, saved, "must be an array (as saved by stateDict)");
    if (saved.length !== current.length) {
      invalid(
        path,
        saved,
        `must be an array of ${current.length} (the state was saved with a different optimizer or configuration)`
      );
    }
    const template = current[0];
    return saved.map((v, i) => template === void 0 ? v : decode(template, v, `${path}[${i}]`));
  }
  if (isPlainObject(current)) {
    if (!isPlainObject(saved)) invalid(path, saved, "must be an object (as saved by stateDict)");
    const out = {};
    for (const [k, v] of Object.entries(saved)) {
      out[k] = k in current ? decode(current[k], v, `${path}.${k}`) : v;
    }
    return out;
  }
  if (kindOf(current) !== kindOf(saved)) {
    invalid(path, saved, `must be a ${kindOf(current)} (as saved by stateDict)`);
  }
  return saved;
}
function restoreFields(target, state, exclude, schedulerName, checkValues) {
  if (!isPlainObject(state)) invalid("state", state, "must be an object returned by stateDict()");
  if (state.version !== 1) invalid("state.version", state.version, "must be 1");
  if (state.scheduler !== schedulerName) {
    invalid(
      "state.scheduler",
      state.scheduler,
      `must be '${schedulerName}' (the state of a different scheduler cannot be loaded)`
    );
  }
  const live = target;
  checkFunctions(live, state.notSerialized, schedulerName);
  const next = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === "version" || key === "scheduler" || key === "notSerialized") continue;
    if (exclude.has(key)) continue;
    if (!(key in live) || isFunctionField(live[key])) {
      invalid(`state.${key}`, value, `is not a field of ${schedulerName}`);
    }
    next[key] = decode(live[key], value, `state.${key}`);
  }
  for (const key of Object.keys(snapshotFields(target, exclude).fields)) {
    if (!(key in state)) invalid(`state.${key}`, void 0, "is missing from the saved state");
  }
  checkValues == null ? void 0 : checkValues(next);
  Object.assign(target, next);
}
function checkFunctions(live, listed, schedulerName) {
  if (listed === void 0) return;
  if (!Array.isArray(listed) || !listed.every((name) => typeof name === "string")) {
    invalid("state.notSerialized", listed, "must be a list of field names (as saved by stateDict)");
  }
  for (const name of listed) {
    if (!isFunctionField(live[name])) {
      invalid(
        "state.notSerialized",
        listed,
        `names ${name}, a function the state was saved with: functions are not part of stateDict(), so build the ${schedulerName} that loads it with the same ${name} again`
      );
    }
  }
}
var recorded = /* @__PURE__ */ new WeakMap();
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === "object" && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  }
  return value;
}
function recordOptions(scheduler, options) {
  if (typeof options !== "object" || options === null) return;
  recorded.set(scheduler, copy(options));
}
var NOT_STATE = /* @__PURE__ */ new Set(["optimizer"]);
function checkList(next, key, check) {
  const list2 = next[key];
  if (Array.isArray(list2)) list2.forEach((v, i) => check(`state.${key}[${i}]`, v));
}
function copyLrs(lrs, out, source) {
  if (!Array.isArray(lrs) || lrs.length < out.length) {
    invalid(source, lrs, `must return an array with one lr per param group (${out.length})`);
  }
  for (let i = 0; i < out.length; i++) {
    const lr = lrs[i];
    if (typeof lr !== "number" || !Number.isFinite(lr)) {
      invalid(`${source}[${i}]`, lr, "must be a finite number");
    }
    out[i] = lr;
  }
}
var constructionSnapshots = /* @__PURE__ */ new WeakMap();
var BaseScheduler = (_g = class {
  constructor(optimizer, verbose = false) {
    __publicField(this, "optimizer");
    __publicField(this, "lastLrs");
    __publicField(this, "verbose");
    this.optimizer = optimizer;
    this.verbose = verbose;
    this.lastLrs = optimizer.paramGroups.map((g) => g.lr);
  }
  getLastLr() {
    return this.lastLrs.slice();
  }
  get schedulerName() {
    return this.constructor.schedulerName;
  }
  stateDict() {
    const { fields, notSerialized } = snapshotFields(this, NOT_STATE);
    const state = { version: 1, scheduler: this.schedulerName, ...fields };
    if (notSerialized.length > 0) state.notSerialized = notSerialized;
    return state;
  }
  /**
   * Restores a state saved by `stateDict()` (validated first: a bad state changes nothing) and
   * writes the saved lr back to every param group, so a checkpoint resumes even when the
   * optimizer's own state was not saved.
   */
  loadStateDict(state) {
    restoreFields(this, state, NOT_STATE, this.schedulerName, (next) => this.checkState(next));
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) groups[i].lr = this.lastLrs[i];
  }
  /**
   * Checks the values of a state about to be loaded (their types are already checked), so that a
   * corrupted one is rejected before anything changes. Subclasses add their own fields.
   */
  checkState(next) {
    checkList(next, "lastLrs", finiteNumber);
  }
  /** Copies the groups' lrs into lastLrs without allocating. */
  recordLastLrs() {
    const groups = this.optimizer.paramGroups;
    const last = this.lastLrs;
    for (let i = 0; i < groups.length; i++) last[i] = groups[i].lr;
  }
  /** PyTorch's `verbose=True` line for one group. */
  logLr(groupIndex, lr) {
    if (this.verbose) {
      console.log(`Adjusting learning rate of group ${groupIndex} to ${lr.toExponential(4)}.`);
    }
  }
}, /** The name saved in `stateDict()`; subclasses set their own. */
__publicField(_g, "schedulerName", "Scheduler"), _g);
var LRScheduler = (_h = class extends BaseScheduler {
  constructor(optimizer, options = {}) {
    validateOptimizer(optimizer);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    const verbose = boolean("verbose", options.verbose ?? false);
    if (lastEpoch !== -1) {
      optimizer.paramGroups.forEach((group, i) => {
        if (typeof group.initialLr !== "number" || !Number.isFinite(group.initialLr)) {
          invalid(
            `optimizer.paramGroups[${i}].initialLr`,
            group.initialLr,
            `must be set when resuming with lastEpoch ${lastEpoch} (it is recorded by the first scheduler attached to a fresh optimizer)`
          );
        }
      });
    }
    super(optimizer, verbose);
    /** The lr every group started from (its `initialLr`). */
    __publicField(this, "baseLrs");
    /** The step count PyTorch calls `last_epoch`: 0 after construction, +1 per `step()`. */
    __publicField(this, "lastEpoch");
    __publicField(this, "stepCount", 0);
    recordOptions(this, options);
    constructionSnapshots.set(this, snapshotGroups(optimizer));
    if (lastEpoch === -1) {
      for (const group of optimizer.paramGroups) group.initialLr ?? (group.initialLr = group.lr);
    }
    this.baseLrs = optimizer.paramGroups.map((g) => g.initialLr);
    this.lastEpoch = lastEpoch;
    Object.defineProperty(this, "lrBuffer", {
      value: optimizer.paramGroups.map((g) => g.lr),
      enumerable: false
    });
  }
  checkState(next) {
    super.checkState(next);
    checkList(next, "baseLrs", finiteNumber);
    if ("lastEpoch" in next) lastEpochOption(next.lastEpoch, "state.lastEpoch");
    if ("stepCount" in next) nonNegativeInteger("state.stepCount", next.stepCount);
  }
  /**
   * Writes the lr of every group at `this.lastEpoch` into `out` (one slot per group). The default
   * calls `getLr()` and checks what it returned; the built-in schedulers override it so that a
   * step allocates nothing.
   */
  computeLr(out) {
    copyLrs(this.getLr(), out, "getLr()");
  }
  /** `getLr()` for schedulers that override `computeLr`: a fresh array. */
  freshLr() {
    const out = this.lrBuffer.slice();
    this.computeLr(out);
    return out;
  }
  /**
   * Takes the construction step that sets every group to the schedule's first lr. If it throws
   * (a user function returned NaN, say), the param groups are restored to how they were before
   * the constructor ran; `before` is for subclasses that write groups before calling `super()`.
   */
  initialStep(before) {
    const snapshot = before ?? constructionSnapshots.get(this);
    constructionSnapshots.delete(this);
    this.stepCount = 0;
    try {
      this.step();
    } catch (error) {
      if (snapshot) restoreGroups(snapshot);
      throw error;
    }
  }
  /**
   * Advances one step, or jumps to `epoch` (the closed form is used where the schedule has one,
   * as in PyTorch). If computing the new lr throws, nothing has changed.
   */
  step(epoch) {
    const previousEpoch = this.lastEpoch;
    const out = this.lrBuffer;
    this.stepCount++;
    try {
      if (epoch === void 0) {
        this.lastEpoch = previousEpoch + 1;
        this.computeLr(out);
      } else {
        this.lastEpoch = nonNegativeNumber("epoch", epoch);
        if (this.closedFormLr) copyLrs(this.closedFormLr(), out, "closedFormLr()");
        else this.computeLr(out);
      }
    } catch (error) {
      this.lastEpoch = previousEpoch;
      this.stepCount--;
      throw error;
    }
    this.applyLrs(out);
  }
  /** Writes `lrs` to the param groups and to `getLastLr()`. */
  applyLrs(lrs) {
    const groups = this.optimizer.paramGroups;
    const last = this.lastLrs;
    const n = Math.min(groups.length, lrs.length);
    for (let i = 0; i < n; i++) {
      const lr = lrs[i];
      groups[i].lr = lr;
      last[i] = lr;
    }
    if (this.verbose) for (let i = 0; i < n; i++) this.logLr(i, lrs[i]);
  }
}, __publicField(_h, "schedulerName", "LRScheduler"), _h);
var OPTION_KEYS = [
  "mode",
  "factor",
  "patience",
  "threshold",
  "thresholdMode",
  "cooldown",
  "minLr",
  "eps",
  "verbose"
];
var ReduceLROnPlateau = (_i = class extends BaseScheduler {
  constructor(optimizer, options = {}) {
    knownKeys("ReduceLROnPlateau", options, OPTION_KEYS);
    validateOptimizer(optimizer);
    const mode = oneOf("mode", options.mode ?? "min", ["min", "max"]);
    const factor = numberInRange("factor", options.factor ?? 0.1, {
      min: 0,
      max: 1,
      minOpen: true,
      maxOpen: true
    });
    const patience = nonNegativeInteger("patience", options.patience ?? 10);
    const threshold = nonNegativeNumber("threshold", options.threshold ?? 1e-4);
    const thresholdMode = oneOf("thresholdMode", options.thresholdMode ?? "rel", ["rel", "abs"]);
    const cooldown = nonNegativeInteger("cooldown", options.cooldown ?? 0);
    const minLrs = perGroup(
      "minLr",
      options.minLr ?? 0,
      optimizer.paramGroups.length,
      nonNegativeNumber
    );
    const eps = nonNegativeNumber("eps", options.eps ?? 1e-8);
    const verbose = boolean("verbose", options.verbose ?? false);
    super(optimizer, verbose);
    __publicField(this, "mode");
    __publicField(this, "factor");
    __publicField(this, "patience");
    __publicField(this, "threshold");
    __publicField(this, "thresholdMode");
    __publicField(this, "cooldown");
    __publicField(this, "minLrs");
    __publicField(this, "eps");
    /** The best metric so far (±Infinity before the first step). */
    __publicField(this, "best");
    __publicField(this, "numBadEpochs", 0);
    __publicField(this, "cooldownCounter", 0);
    __publicField(this, "lastEpoch", 0);
    this.mode = mode;
    this.factor = factor;
    this.patience = patience;
    this.threshold = threshold;
    this.thresholdMode = thresholdMode;
    this.cooldown = cooldown;
    this.minLrs = minLrs;
    this.eps = eps;
    this.best = mode === "min" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  checkState(next) {
    super.checkState(next);
    oneOf("state.mode", next.mode, ["min", "max"]);
    oneOf("state.thresholdMode", next.thresholdMode, ["rel", "abs"]);
    numberInRange("state.factor", next.factor, { min: 0, max: 1, minOpen: true, maxOpen: true });
    for (const key of ["patience", "cooldown", "numBadEpochs", "cooldownCounter", "lastEpoch"]) {
      nonNegativeInteger(`state.${key}`, next[key]);
    }
    nonNegativeNumber("state.threshold", next.threshold);
    nonNegativeNumber("state.eps", next.eps);
    checkList(next, "minLrs", nonNegativeNumber);
    if (typeof next.best !== "number" || Number.isNaN(next.best)) {
      invalid("state.best", next.best, "must be a number or ±Infinity");
    }
  }
  get inCooldown() {
    return this.cooldownCounter > 0;
  }
  isBetter(current, best) {
    const { threshold } = this;
    if (this.mode === "min") {
      return this.thresholdMode === "rel" ? current < best * (1 - threshold) : current < best - threshold;
    }
    return this.thresholdMode === "rel" ? current > best * (threshold + 1) : current > best + threshold;
  }
  /** Records one epoch's metric and drops the lr once `patience` bad epochs have passed. */
  step(metric) {
    if (metric === void 0) {
      invalid(
        "metric",
        metric,
        "ReduceLROnPlateau.step needs the monitored metric, e.g. step(valLoss)"
      );
    }
    finiteNumber("metric", metric);
    this.lastEpoch += 1;
    if (this.isBetter(metric, this.best)) {
      this.best = metric;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs += 1;
    }
    if (this.inCooldown) {
      this.cooldownCounter -= 1;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > this.patience) {
      this.reduceLr();
      this.cooldownCounter = this.cooldown;
      this.numBadEpochs = 0;
    }
    this.recordLastLrs();
  }
  reduceLr() {
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i];
      const newLr = Math.max(group.lr * this.factor, this.minLrs[i]);
      if (group.lr - newLr > this.eps) {
        group.lr = newLr;
        this.logLr(i, newLr);
      }
    }
  }
}, __publicField(_i, "schedulerName", "ReduceLROnPlateau"), _i);
function checkStep(step) {
  if (typeof step !== "number" || !Number.isSafeInteger(step) || step < 0) {
    invalid("step", step, "must be a non-negative integer");
  }
  return step;
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
var ClosedFormSchedule = (_j = class {
  constructor(spec, at) {
    __publicField(this, "spec");
    __privateAdd(this, _at);
    this.spec = deepFreeze(spec);
    __privateSet(this, _at, at);
  }
  lrAt(step) {
    return __privateGet(this, _at).call(this, checkStep(step));
  }
  toJSON() {
    return this.spec;
  }
}, _at = new WeakMap(), _j);
var formulas = /* @__PURE__ */ new WeakMap();
function formulaOf(schedule) {
  return formulas.get(schedule) ?? ((step) => schedule.lrAt(step));
}
function makeSchedule(spec, at) {
  const clean = {};
  for (const [key, value] of Object.entries(spec)) if (value !== void 0) clean[key] = value;
  const schedule = new ClosedFormSchedule(clean, at);
  formulas.set(schedule, at);
  return schedule;
}
function closedFormAt(scheduler, step, closedForm2) {
  checkStep(step);
  const saved = scheduler.lastEpoch;
  scheduler.lastEpoch = step;
  try {
    return closedForm2();
  } finally {
    scheduler.lastEpoch = saved;
  }
}
function sortedMilestones(parameter, value) {
  if (!Array.isArray(value)) invalid(parameter, value, "must be an array of non-negative integers");
  const milestones = value.map((m, i) => nonNegativeInteger(`${parameter}[${i}]`, m));
  for (let i = 1; i < milestones.length; i++) {
    if (milestones[i] < milestones[i - 1]) {
      invalid(parameter, value, "must be sorted in non-decreasing order");
    }
  }
  return milestones;
}
function countAtOrBelow(sorted, step) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var MultiStepLR = (_k = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("MultiStepLR", options, ["milestones", "gamma", "lastEpoch", "verbose"]);
    const milestones = sortedMilestones("milestones", options.milestones);
    const gamma = positiveNumber("gamma", options.gamma ?? 0.1);
    super(optimizer, options);
    __publicField(this, "milestones");
    __publicField(this, "gamma");
    this.milestones = milestones;
    this.gamma = gamma;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const hits = countAtOrBelow(this.milestones, this.lastEpoch) - countAtOrBelow(this.milestones, this.lastEpoch - 1);
    const factor = hits === 0 ? 1 : this.gamma ** hits;
    for (let i = 0; i < out.length; i++) {
      out[i] = hits === 0 ? groups[i].lr : groups[i].lr * factor;
    }
  }
  closedFormLr() {
    const factor = this.gamma ** countAtOrBelow(this.milestones, this.lastEpoch);
    return this.baseLrs.map((baseLr) => baseLr * factor);
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_k, "schedulerName", "MultiStepLR"), _k);
function noStepArgument(scheduler, value) {
  return invalid(
    "epoch",
    value,
    `must be omitted: ${scheduler}.step() takes no argument (it steps its schedulers by one)`
  );
}
function checkChildren(optimizer, schedulers, parameter = "schedulers") {
  if (!Array.isArray(schedulers) || schedulers.length === 0) {
    invalid(parameter, schedulers, "must be a non-empty array of schedulers");
  }
  schedulers.forEach((child, i) => {
    if (!(child instanceof LRScheduler)) {
      invalid(
        `${parameter}[${i}]`,
        child,
        "must be an LRScheduler (ReduceLROnPlateau and composites cannot be nested here)"
      );
    }
    if (child.optimizer !== optimizer) {
      invalid(
        `${parameter}[${i}]`,
        child.constructor.name,
        "must be built on the same optimizer as the parent scheduler"
      );
    }
  });
  return schedulers;
}
var SequentialLR = (_l = class extends BaseScheduler {
  constructor(optimizer, options) {
    knownKeys("SequentialLR", options, ["schedulers", "milestones", "lastEpoch"]);
    validateOptimizer(optimizer);
    const schedulers = checkChildren(optimizer, options.schedulers);
    const milestones = increasingMilestones(options.milestones, schedulers.length);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    optimizer.paramGroups.forEach((group, i) => {
      if (typeof group.initialLr !== "number") {
        invalid(
          `optimizer.paramGroups[${i}].initialLr`,
          group.initialLr,
          "must have been recorded by the child schedulers"
        );
      }
    });
    super(optimizer);
    __publicField(this, "lastEpoch");
    __publicField(this, "milestones");
    __publicField(this, "schedulers");
    this.schedulers = schedulers;
    this.milestones = milestones;
    this.lastEpoch = lastEpoch + 1;
    const before = snapshotGroups(optimizer);
    for (const group of optimizer.paramGroups) group.lr = group.initialLr;
    for (const child of schedulers) child.lastEpoch -= 1;
    try {
      schedulers[0].initialStep();
    } catch (error) {
      for (const child of schedulers) child.lastEpoch += 1;
      restoreGroups(before);
      throw error;
    }
    this.lastLrs = schedulers[0].getLastLr();
  }
  step(epoch) {
    if (epoch !== void 0) noStepArgument("SequentialLR", epoch);
    this.lastEpoch += 1;
    const index = countAtOrBelow(this.milestones, this.lastEpoch);
    const child = this.schedulers[index];
    try {
      if (index > 0 && this.milestones[index - 1] === this.lastEpoch) child.step(0);
      else child.step();
    } catch (error) {
      this.lastEpoch -= 1;
      throw error;
    }
    this.recordLastLrs();
  }
  stateDict() {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }
  loadStateDict(state) {
    loadComposite(this.optimizer, this.schedulers, state, (own) => super.loadStateDict(own));
  }
}, __publicField(_l, "schedulerName", "SequentialLR"), _l);
function increasingMilestones(value, schedulerCount) {
  if (!Array.isArray(value)) invalid("milestones", value, "must be an array of positive integers");
  if (value.length !== schedulerCount - 1) {
    invalid(
      "milestones",
      value,
      `must have one fewer entry than schedulers (${schedulerCount - 1} for ${schedulerCount} schedulers)`
    );
  }
  const milestones = value.map((m, i) => positiveInteger(`milestones[${i}]`, m));
  for (let i = 1; i < milestones.length; i++) {
    if (milestones[i] <= milestones[i - 1])
      invalid("milestones", value, "must be strictly increasing");
  }
  return milestones;
}
function loadComposite(optimizer, children2, state, loadOwn) {
  if (!isPlainObject(state)) invalid("state", state, "must be an object returned by stateDict()");
  const saved = state.schedulers;
  if (!Array.isArray(saved) || saved.length !== children2.length) {
    invalid("state.schedulers", saved, `must be a list of ${children2.length} child states`);
  }
  const groups = snapshotGroups(optimizer);
  const backups = children2.map((c) => c.stateDict());
  const { schedulers: _children, ...own } = state;
  try {
    children2.forEach((child, i) => {
      try {
        child.loadStateDict(saved[i]);
      } catch (error) {
        throw prefixed(error, `state.schedulers[${i}]`);
      }
    });
    loadOwn(own);
  } catch (error) {
    children2.forEach((child, i) => {
      child.loadStateDict(backups[i]);
    });
    restoreGroups(groups);
    throw error;
  }
}
function prefixed(error, path) {
  if (!(error instanceof InvalidArgumentError)) return error;
  const parameter = error.parameter.startsWith("state") ? `${path}${error.parameter.slice("state".length)}` : error.parameter;
  return new InvalidArgumentError({
    parameter,
    value: error.value,
    expected: error.expected,
    cause: error
  });
}
var ParamwiseScheduler = (_m = class extends BaseScheduler {
  constructor(optimizer, options) {
    knownKeys("ParamwiseScheduler", options, ["schedulers"]);
    const groups = validateOptimizer(optimizer).paramGroups;
    const factories = factoriesPerGroup(options.schedulers, groups.length);
    super(optimizer);
    __publicField(this, "schedulers");
    this.schedulers = withGroupsRollback(
      optimizer,
      () => groups.map((group, i) => {
        const view = { paramGroups: [group] };
        const child = factories[i](view, i);
        if (!child || typeof child.step !== "function" || child.optimizer !== view) {
          invalid(
            `schedulers[${i}]`,
            child,
            "must return a scheduler built on the one-group optimizer it was given"
          );
        }
        return child;
      })
    );
    Object.defineProperty(this, "takesMetric", { value: this.schedulers.map(needsMetric) });
    Object.defineProperty(this, "needsAMetric", { value: this.takesMetric.includes(true) });
    this.recordLastLrs();
  }
  step(metric) {
    const children2 = this.schedulers;
    const takesMetric = this.takesMetric;
    if (this.needsAMetric && (typeof metric !== "number" || !Number.isFinite(metric))) {
      invalid(
        "metric",
        metric,
        "must be the monitored metric, a finite number: a group of this ParamwiseScheduler is driven by a metric (ReduceLROnPlateau)"
      );
    }
    for (let i = 0; i < children2.length; i++) {
      if (takesMetric[i]) children2[i].step(metric);
      else children2[i].step();
    }
    this.recordLastLrs();
  }
  /** Whether any group's scheduler is driven by a metric (ReduceLROnPlateau). */
  get metricDriven() {
    return this.schedulers.some(needsMetric);
  }
  /** The child scheduler of one group. */
  schedulerOf(groupIndex) {
    const child = this.schedulers[groupIndex];
    if (!child)
      invalid("groupIndex", groupIndex, `must be an index below ${this.schedulers.length}`);
    return child;
  }
  stateDict() {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }
  loadStateDict(state) {
    loadComposite(this.optimizer, this.schedulers, state, (own) => super.loadStateDict(own));
  }
}, __publicField(_m, "schedulerName", "ParamwiseScheduler"), _m);
function needsMetric(scheduler) {
  return scheduler instanceof ReduceLROnPlateau || scheduler instanceof ParamwiseScheduler && scheduler.metricDriven;
}
function factoriesPerGroup(value, groupCount) {
  if (typeof value === "function")
    return Array.from({ length: groupCount }, () => value);
  if (!Array.isArray(value) || value.length !== groupCount) {
    invalid(
      "schedulers",
      value,
      `must be one factory or a list of ${groupCount} factories (one per param group)`
    );
  }
  value.forEach((f, i) => {
    if (typeof f !== "function")
      invalid(`schedulers[${i}]`, f, "must be a function (groupOptimizer) => scheduler");
  });
  return value;
}
function isMetricDriven(scheduler) {
  return scheduler instanceof ReduceLROnPlateau || scheduler instanceof ParamwiseScheduler && scheduler.metricDriven;
}
function checkOptions(type, options, keys) {
  if (!isPlainObject(options)) {
    invalid("options", options, `must be an object of '${type}' options (${keys.join(", ")})`);
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) {
      invalid(
        key,
        options[key],
        `is not an option of the '${type}' schedule; valid options are ${keys.join(", ")}`
      );
    }
  }
}
function scheduleOption(parameter, value) {
  const candidate = value;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.lrAt !== "function" || typeof candidate.spec !== "object" || candidate.spec === null || typeof candidate.spec.type !== "string") {
    invalid(parameter, value, "must be a Schedule (an object with lrAt(step) and a spec)");
  }
  return candidate;
}
function scheduleListOption(parameter, value) {
  if (!Array.isArray(value) || value.length === 0) {
    invalid(parameter, value, "must be a non-empty array of Schedules");
  }
  return value.map((s, i) => scheduleOption(`${parameter}[${i}]`, s));
}
function numberList(parameter, value, check) {
  if (!Array.isArray(value)) invalid(parameter, value, "must be an array of numbers");
  return value.map((v, i) => check(`${parameter}[${i}]`, v));
}
function increasing(parameter, list2, strict) {
  for (let i = 1; i < list2.length; i++) {
    if (strict ? list2[i] <= list2[i - 1] : list2[i] < list2[i - 1]) {
      invalid(parameter, list2, `must be ${strict ? "strictly increasing" : "non-decreasing"}`);
    }
  }
}
function atMost(parameter, value, limitName, limit) {
  if (value > limit) invalid(parameter, value, `must be at most ${limitName} (${limit})`);
}
function countAtOrBelow2(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var CONSTANT_KEYS = ["lr"];
function constantSchedule(options) {
  checkOptions("constant", options, CONSTANT_KEYS);
  const lr = nonNegativeNumber("lr", options.lr);
  return makeSchedule({ type: "constant", lr }, () => lr);
}
var COSINE_KEYS = ["peakLr", "minLr", "decaySteps", "exponent"];
function cosineSchedule(options) {
  checkOptions("cosine", options, COSINE_KEYS);
  const peakLr = nonNegativeNumber("peakLr", options.peakLr);
  const minLr = nonNegativeNumber("minLr", options.minLr ?? 0);
  atMost("minLr", minLr, "peakLr", peakLr);
  const decaySteps = positiveInteger("decaySteps", options.decaySteps);
  const exponent = positiveNumber("exponent", options.exponent ?? 1);
  return makeSchedule({ type: "cosine", peakLr, minLr, decaySteps, exponent }, (t) => {
    const cosine = 0.5 * (1 + Math.cos(Math.PI * Math.min(t, decaySteps) / decaySteps));
    return minLr + (peakLr - minLr) * (exponent === 1 ? cosine : cosine ** exponent);
  });
}
var EXPONENTIAL_KEYS = [
  "startLr",
  "decayRate",
  "decaySteps",
  "staircase",
  "endLr"
];
function exponentialSchedule(options) {
  checkOptions("exponential", options, EXPONENTIAL_KEYS);
  const startLr = nonNegativeNumber("startLr", options.startLr);
  const decayRate = positiveNumber("decayRate", options.decayRate);
  const decaySteps = positiveInteger("decaySteps", options.decaySteps);
  const staircase = boolean("staircase", options.staircase ?? false);
  const endLr = options.endLr === void 0 ? void 0 : nonNegativeNumber("endLr", options.endLr);
  const clip = endLr === void 0 ? null : decayRate < 1 ? Math.max : Math.min;
  const power = powerOf(decayRate, decaySteps, staircase);
  return makeSchedule(
    { type: "exponential", startLr, decayRate, decaySteps, staircase, endLr },
    (t) => {
      const lr = startLr * power(t);
      return clip ? clip(lr, endLr) : lr;
    }
  );
}
function powerOf(rate, steps, staircase) {
  if (!staircase) {
    const logRate = Math.log(rate);
    return (t) => Math.exp(t / steps * logRate);
  }
  let stair = 0;
  let value = 1;
  return (t) => {
    const p = Math.floor(t / steps);
    if (p !== stair) {
      stair = p;
      value = rate ** p;
    }
    return value;
  };
}
function hfWarmup(t, warmup2) {
  return t / Math.max(1, warmup2);
}
function hfConstant(options = {}) {
  checkOptions("hf-constant", options, []);
  return makeSchedule({ type: "hf-constant" }, () => 1);
}
function hfConstantWithWarmup(options) {
  checkOptions("hf-constant-with-warmup", options, ["numWarmupSteps"]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  return makeSchedule(
    { type: "hf-constant-with-warmup", numWarmupSteps },
    (t) => t < numWarmupSteps ? hfWarmup(t, numWarmupSteps) : 1
  );
}
function hfLinear(options) {
  checkOptions("hf-linear", options, ["numWarmupSteps", "numTrainingSteps"]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  return makeSchedule({ type: "hf-linear", numWarmupSteps, numTrainingSteps }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    return Math.max(0, (numTrainingSteps - t) / Math.max(1, numTrainingSteps - numWarmupSteps));
  });
}
function hfProgress(t, warmup2, training2) {
  return (t - warmup2) / Math.max(1, training2 - warmup2);
}
function hfCosine(options) {
  checkOptions("hf-cosine", options, ["numWarmupSteps", "numTrainingSteps", "numCycles"]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  const numCycles = nonNegativeNumber("numCycles", options.numCycles ?? 0.5);
  return makeSchedule({ type: "hf-cosine", numWarmupSteps, numTrainingSteps, numCycles }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
    return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress)));
  });
}
function hfCosineWithRestarts(options) {
  checkOptions("hf-cosine-with-restarts", options, [
    "numWarmupSteps",
    "numTrainingSteps",
    "numCycles"
  ]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  const numCycles = positiveInteger("numCycles", options.numCycles ?? 1);
  return makeSchedule(
    { type: "hf-cosine-with-restarts", numWarmupSteps, numTrainingSteps, numCycles },
    (t) => {
      if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
      const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
      if (progress >= 1) return 0;
      return Math.max(0, 0.5 * (1 + Math.cos(Math.PI * (numCycles * progress % 1))));
    }
  );
}
function hfPolynomial(options) {
  checkOptions("hf-polynomial", options, [
    "numWarmupSteps",
    "numTrainingSteps",
    "lrEnd",
    "power",
    "lrInit"
  ]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  if (numTrainingSteps <= numWarmupSteps) {
    invalid("numTrainingSteps", numTrainingSteps, `must exceed numWarmupSteps (${numWarmupSteps})`);
  }
  const lrEnd = nonNegativeNumber("lrEnd", options.lrEnd ?? 1e-7);
  const power = positiveNumber("power", options.power ?? 1);
  const lrInit = positiveNumber("lrInit", options.lrInit);
  if (!(lrInit > lrEnd)) invalid("lrEnd", lrEnd, `must be smaller than lrInit (${lrInit})`);
  const spec = { type: "hf-polynomial", numWarmupSteps, numTrainingSteps, lrEnd, power, lrInit };
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    if (t > numTrainingSteps) return lrEnd / lrInit;
    const pctRemaining = 1 - (t - numWarmupSteps) / (numTrainingSteps - numWarmupSteps);
    return ((lrInit - lrEnd) * pctRemaining ** power + lrEnd) / lrInit;
  });
}
function hfInverseSqrt(options) {
  checkOptions("hf-inverse-sqrt", options, ["numWarmupSteps", "timescale"]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const timescale = positiveInteger("timescale", options.timescale ?? (numWarmupSteps || 1e4));
  const shift = timescale - numWarmupSteps;
  return makeSchedule(
    { type: "hf-inverse-sqrt", numWarmupSteps, timescale },
    (t) => t < numWarmupSteps ? hfWarmup(t, numWarmupSteps) : 1 / Math.sqrt((t + shift) / timescale)
  );
}
function minLrRateOf(options) {
  if (options.minLr !== void 0 && options.minLrRate !== void 0) {
    invalid("minLr", options.minLr, "must not be given together with minLrRate");
  }
  if (options.minLr !== void 0) {
    const minLr = nonNegativeNumber("minLr", options.minLr);
    return minLr / positiveNumber("lr", options.lr);
  }
  if (options.minLrRate === void 0) {
    invalid("minLrRate", void 0, "or minLr (with lr) must be given");
  }
  if (options.lr !== void 0) positiveNumber("lr", options.lr);
  return nonNegativeNumber("minLrRate", options.minLrRate);
}
var MIN_LR_KEYS = ["numWarmupSteps", "numTrainingSteps", "numCycles", "minLrRate", "minLr", "lr"];
function hfCosineWithMinLr(options) {
  checkOptions("hf-cosine-with-min-lr", options, MIN_LR_KEYS);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  const numCycles = nonNegativeNumber("numCycles", options.numCycles ?? 0.5);
  const rate = minLrRateOf(options);
  const { minLrRate, minLr, lr } = options;
  const spec = { numWarmupSteps, numTrainingSteps, numCycles, minLrRate, minLr, lr };
  return makeSchedule({ type: "hf-cosine-with-min-lr", ...spec }, (t) => {
    if (t < numWarmupSteps) return hfWarmup(t, numWarmupSteps);
    const progress = hfProgress(t, numWarmupSteps, numTrainingSteps);
    const factor = 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress));
    return Math.max(0, factor * (1 - rate) + rate);
  });
}
function hfCosineWarmupWithMinLr(options) {
  checkOptions("hf-cosine-warmup-with-min-lr", options, [...MIN_LR_KEYS, "warmupLrRate"]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numTrainingSteps = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  const numCycles = nonNegativeNumber("numCycles", options.numCycles ?? 0.5);
  const rate = minLrRateOf(options);
  const warmupLrRate = options.warmupLrRate === void 0 ? void 0 : nonNegativeNumber("warmupLrRate", options.warmupLrRate);
  const { minLrRate, minLr, lr } = options;
  const fields = { numWarmupSteps, numTrainingSteps, numCycles, minLrRate, minLr, lr };
  const spec = { type: "hf-cosine-warmup-with-min-lr", ...fields, warmupLrRate };
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) {
      if (warmupLrRate === void 0) return (t + 1) / Math.max(1, numWarmupSteps);
      return warmupLrRate + (1 - warmupLrRate) * t / Math.max(1, numWarmupSteps - 1);
    }
    const progress = (t - numWarmupSteps + 1) / Math.max(1, numTrainingSteps - numWarmupSteps);
    const factor = 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * progress));
    return Math.max(0, factor * (1 - rate) + rate);
  });
}
var WSD_SHAPES = ["linear", "cosine", "1-sqrt"];
function stableStepsOf(options, warmup2, decay) {
  if (options.numStableSteps !== void 0) {
    if (options.numTrainingSteps !== void 0) {
      nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
    }
    return nonNegativeInteger("numStableSteps", options.numStableSteps);
  }
  if (options.numTrainingSteps === void 0) {
    invalid("numTrainingSteps", void 0, "or numStableSteps must be given");
  }
  const training2 = nonNegativeInteger("numTrainingSteps", options.numTrainingSteps);
  if (training2 < warmup2 + decay) {
    invalid(
      "numTrainingSteps",
      training2,
      `must be at least numWarmupSteps + numDecaySteps (${warmup2 + decay})`
    );
  }
  return training2 - warmup2 - decay;
}
function wsdWarmup(shape, p) {
  if (shape === "linear") return p;
  if (shape === "cosine") return 0.5 * (1 - Math.cos(Math.PI * p));
  return 1 - Math.sqrt(1 - p);
}
function wsdDecay(shape, p, numCycles) {
  if (shape === "linear") return 1 - p;
  if (shape === "cosine") return 0.5 * (1 + Math.cos(Math.PI * numCycles * 2 * p));
  return 1 - Math.sqrt(p);
}
function hfWarmupStableDecay(options) {
  checkOptions("hf-warmup-stable-decay", options, [
    "numWarmupSteps",
    "numDecaySteps",
    "numTrainingSteps",
    "numStableSteps",
    "warmupType",
    "decayType",
    "minLrRatio",
    "numCycles"
  ]);
  const numWarmupSteps = nonNegativeInteger("numWarmupSteps", options.numWarmupSteps);
  const numDecaySteps = nonNegativeInteger("numDecaySteps", options.numDecaySteps);
  const stable = stableStepsOf(options, numWarmupSteps, numDecaySteps);
  const warmupType = oneOf("warmupType", options.warmupType ?? "linear", WSD_SHAPES);
  const decayType = oneOf("decayType", options.decayType ?? "cosine", WSD_SHAPES);
  const minLrRatio = nonNegativeNumber("minLrRatio", options.minLrRatio ?? 0);
  const numCycles = nonNegativeNumber("numCycles", options.numCycles ?? 0.5);
  const { numTrainingSteps, numStableSteps } = options;
  const spec = {
    type: "hf-warmup-stable-decay",
    numWarmupSteps,
    numDecaySteps,
    numTrainingSteps,
    numStableSteps,
    warmupType,
    decayType,
    minLrRatio,
    numCycles
  };
  const rescale = (factor) => Math.max(0, factor * (1 - minLrRatio) + minLrRatio);
  return makeSchedule(spec, (t) => {
    if (t < numWarmupSteps) {
      return rescale(wsdWarmup(warmupType, t / Math.max(1, numWarmupSteps)));
    }
    if (t < numWarmupSteps + stable) return 1;
    if (t < numWarmupSteps + stable + numDecaySteps) {
      const p = (t - numWarmupSteps - stable) / Math.max(1, numDecaySteps);
      return rescale(wsdDecay(decayType, p, numCycles));
    }
    return minLrRatio;
  });
}
var INVERSE_SQRT_KEYS = ["peakLr", "timescaleSteps"];
function inverseSqrtSchedule(options) {
  checkOptions("inverse-sqrt", options, INVERSE_SQRT_KEYS);
  const peakLr = nonNegativeNumber("peakLr", options.peakLr);
  const timescaleSteps = positiveNumber("timescaleSteps", options.timescaleSteps);
  return makeSchedule(
    { type: "inverse-sqrt", peakLr, timescaleSteps },
    (t) => peakLr / Math.sqrt((t + timescaleSteps) / timescaleSteps)
  );
}
var INVERSE_TIME_KEYS = ["startLr", "decayRate", "decaySteps", "staircase"];
function inverseTimeSchedule(options) {
  checkOptions("inverse-time", options, INVERSE_TIME_KEYS);
  const startLr = nonNegativeNumber("startLr", options.startLr);
  const decayRate = nonNegativeNumber("decayRate", options.decayRate);
  const decaySteps = positiveNumber("decaySteps", options.decaySteps);
  const staircase = boolean("staircase", options.staircase ?? false);
  return makeSchedule(
    { type: "inverse-time", startLr, decayRate, decaySteps, staircase },
    (t) => startLr / (1 + decayRate * (staircase ? Math.floor(t / decaySteps) : t / decaySteps))
  );
}
var JOIN_KEYS = ["schedules", "boundaries"];
function joinSchedules(options) {
  checkOptions("join", options, JOIN_KEYS);
  const schedules = scheduleListOption("schedules", options.schedules);
  const boundaries = numberList("boundaries", options.boundaries, nonNegativeInteger);
  if (boundaries.length !== schedules.length - 1) {
    invalid(
      "boundaries",
      options.boundaries,
      `must have one entry fewer than schedules (${schedules.length - 1}), but it has ${boundaries.length}`
    );
  }
  increasing("boundaries", boundaries, false);
  const specs = schedules.map((s) => s.spec);
  const parts = schedules.map(formulaOf);
  const offsets = [0, ...boundaries];
  return makeSchedule({ type: "join", boundaries, schedules: specs }, (t) => {
    const i = countAtOrBelow2(boundaries, t);
    return parts[i](t - offsets[i]);
  });
}
var POLYNOMIAL_KEYS = ["startLr", "endLr", "decaySteps", "power", "cycle"];
function polynomialSchedule(options) {
  checkOptions("polynomial", options, POLYNOMIAL_KEYS);
  const startLr = nonNegativeNumber("startLr", options.startLr);
  const endLr = nonNegativeNumber("endLr", options.endLr ?? 0);
  const decaySteps = positiveInteger("decaySteps", options.decaySteps);
  const power = positiveNumber("power", options.power ?? 1);
  const cycle = boolean("cycle", options.cycle ?? false);
  return makeSchedule(
    { type: "polynomial", startLr, endLr, decaySteps, power, cycle },
    (t) => polynomialDecay(t, startLr, endLr, decaySteps, power, cycle)
  );
}
function polynomialDecay(t, startLr, endLr, decaySteps, power, cycle) {
  let steps = decaySteps;
  if (cycle) steps = decaySteps * (t === 0 ? 1 : Math.ceil(t / decaySteps));
  else t = Math.min(t, decaySteps);
  return (startLr - endLr) * (1 - t / steps) ** power + endLr;
}
function kerasExponentialDecay(options) {
  checkOptions("keras-exponential-decay", options, [
    "initialLearningRate",
    "decaySteps",
    "decayRate",
    "staircase"
  ]);
  const initialLearningRate = nonNegativeNumber("initialLearningRate", options.initialLearningRate);
  const decaySteps = positiveNumber("decaySteps", options.decaySteps);
  const decayRate = positiveNumber("decayRate", options.decayRate);
  const staircase = boolean("staircase", options.staircase ?? false);
  const spec = { initialLearningRate, decaySteps, decayRate, staircase };
  const power = powerOf(decayRate, decaySteps, staircase);
  return makeSchedule(
    { type: "keras-exponential-decay", ...spec },
    (t) => initialLearningRate * power(t)
  );
}
function kerasPiecewiseConstantDecay(options) {
  checkOptions("keras-piecewise-constant-decay", options, ["boundaries", "values"]);
  const boundaries = numberList("boundaries", options.boundaries, finiteNumber);
  if (boundaries.length === 0) invalid("boundaries", options.boundaries, "must not be empty");
  increasing("boundaries", boundaries, true);
  const values = numberList("values", options.values, nonNegativeNumber);
  if (values.length !== boundaries.length + 1) {
    invalid(
      "values",
      options.values,
      `must have one more entry than boundaries (${boundaries.length + 1}), but it has ${values.length}`
    );
  }
  return makeSchedule(
    { type: "keras-piecewise-constant-decay", boundaries, values },
    (t) => values[countBelow(boundaries, t)]
  );
}
function kerasPolynomialDecay(options) {
  checkOptions("keras-polynomial-decay", options, [
    "initialLearningRate",
    "decaySteps",
    "endLearningRate",
    "power",
    "cycle"
  ]);
  const initialLearningRate = nonNegativeNumber("initialLearningRate", options.initialLearningRate);
  const decaySteps = positiveNumber("decaySteps", options.decaySteps);
  const endLearningRate = nonNegativeNumber("endLearningRate", options.endLearningRate ?? 1e-4);
  const power = positiveNumber("power", options.power ?? 1);
  const cycle = boolean("cycle", options.cycle ?? false);
  const spec = { initialLearningRate, decaySteps, endLearningRate, power, cycle };
  return makeSchedule(
    { type: "keras-polynomial-decay", ...spec },
    (t) => polynomialDecay(t, initialLearningRate, endLearningRate, decaySteps, power, cycle)
  );
}
function kerasInverseTimeDecay(options) {
  checkOptions("keras-inverse-time-decay", options, [
    "initialLearningRate",
    "decaySteps",
    "decayRate",
    "staircase"
  ]);
  const initialLearningRate = nonNegativeNumber("initialLearningRate", options.initialLearningRate);
  const decaySteps = positiveNumber("decaySteps", options.decaySteps);
  const decayRate = nonNegativeNumber("decayRate", options.decayRate);
  const staircase = boolean("staircase", options.staircase ?? false);
  const spec = { initialLearningRate, decaySteps, decayRate, staircase };
  return makeSchedule({ type: "keras-inverse-time-decay", ...spec }, (t) => {
    const p = t / decaySteps;
    return initialLearningRate / (1 + decayRate * (staircase ? Math.floor(p) : p));
  });
}
function kerasCosine(step, decaySteps, from, alpha) {
  const cosineDecayed = 0.5 * (1 + Math.cos(Math.PI * (step / decaySteps)));
  return from * ((1 - alpha) * cosineDecayed + alpha);
}
function kerasCosineDecay(options) {
  checkOptions("keras-cosine-decay", options, [
    "initialLearningRate",
    "decaySteps",
    "alpha",
    "warmupTarget",
    "warmupSteps"
  ]);
  const initialLearningRate = nonNegativeNumber("initialLearningRate", options.initialLearningRate);
  const decaySteps = positiveNumber("decaySteps", options.decaySteps);
  const alpha = numberInRange("alpha", options.alpha ?? 0, { min: 0, max: 1 });
  const warmupTarget = options.warmupTarget === void 0 ? void 0 : nonNegativeNumber("warmupTarget", options.warmupTarget);
  const warmupSteps = nonNegativeNumber("warmupSteps", options.warmupSteps ?? 0);
  const spec = { initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps };
  return makeSchedule({ type: "keras-cosine-decay", ...spec }, (t) => {
    if (warmupTarget === void 0) {
      return kerasCosine(Math.min(t, decaySteps), decaySteps, initialLearningRate, alpha);
    }
    const step = Math.min(t, decaySteps + warmupSteps);
    if (step < warmupSteps) {
      return (warmupTarget - initialLearningRate) * (step / warmupSteps) + initialLearningRate;
    }
    return kerasCosine(step - warmupSteps, decaySteps, warmupTarget, alpha);
  });
}
function kerasCosineDecayRestarts(options) {
  checkOptions("keras-cosine-decay-restarts", options, [
    "initialLearningRate",
    "firstDecaySteps",
    "tMul",
    "mMul",
    "alpha"
  ]);
  const initialLearningRate = nonNegativeNumber("initialLearningRate", options.initialLearningRate);
  const firstDecaySteps = positiveNumber("firstDecaySteps", options.firstDecaySteps);
  const tMul = positiveNumber("tMul", options.tMul ?? 2);
  const mMul = positiveNumber("mMul", options.mMul ?? 1);
  const alpha = numberInRange("alpha", options.alpha ?? 0, { min: 0, max: 1 });
  const spec = { initialLearningRate, firstDecaySteps, tMul, mMul, alpha };
  return makeSchedule({ type: "keras-cosine-decay-restarts", ...spec }, (t) => {
    let fraction = t / firstDecaySteps;
    let restart;
    if (tMul === 1) {
      restart = Math.floor(fraction);
      fraction -= restart;
    } else {
      restart = Math.floor(Math.log(1 - fraction * (1 - tMul)) / Math.log(tMul));
      if (!Number.isFinite(restart)) return initialLearningRate * alpha;
      const sumR = (1 - tMul ** restart) / (1 - tMul);
      fraction = (fraction - sumR) / tMul ** restart;
    }
    const cosineDecayed = 0.5 * mMul ** restart * (1 + Math.cos(Math.PI * fraction));
    return initialLearningRate * ((1 - alpha) * cosineDecayed + alpha);
  });
}
var LINEAR_KEYS = ["startLr", "endLr", "transitionSteps"];
function linearSchedule(options) {
  checkOptions("linear", options, LINEAR_KEYS);
  const startLr = nonNegativeNumber("startLr", options.startLr);
  const endLr = nonNegativeNumber("endLr", options.endLr);
  const transitionSteps = positiveInteger("transitionSteps", options.transitionSteps);
  return makeSchedule(
    { type: "linear", startLr, endLr, transitionSteps },
    (t) => t >= transitionSteps ? endLr : startLr + (endLr - startLr) * t / transitionSteps
  );
}
function normalCdf(x) {
  if (x < 0) return 1 - normalCdf(-x);
  const intervals = 2e3;
  const h2 = x / intervals;
  const density = (u) => Math.exp(-0.5 * u * u);
  let sum = density(0) + density(x);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h2);
  return 0.5 + sum * h2 / 3 * (1 / Math.sqrt(2 * Math.PI));
}
var A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var B = [
  -54.47609879822406,
  161.5858368580409,
  -155.6989798598866,
  66.80131188771972,
  -13.28068155288572
];
var C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var P_LOW = 0.02425;
function tail(q) {
  const num2 = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5];
  return num2 / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}
function normalQuantile(p) {
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  const num2 = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q;
  return num2 / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
function hash32(x) {
  x = Math.imul(x ^ x >>> 16, 2146121005);
  x = Math.imul(x ^ x >>> 15, 2221713035);
  return (x ^ x >>> 16) >>> 0;
}
var TWO_32 = 4294967296;
function streamState(seed, step) {
  const low = step >>> 0;
  const high = Math.floor(step / TWO_32) >>> 0;
  return hash32(seed >>> 0 ^ hash32(low ^ hash32(high + 2654435769)));
}
function nextState(state) {
  return state + 2654435769 >>> 0;
}
function uniformOf(state) {
  return hash32(state) / TWO_32;
}
var NOISE_KEYS = [
  "schedule",
  "seed",
  "noiseType",
  "noisePct",
  "noiseStd",
  "startStep",
  "endStep"
];
function noiseSampler(noiseType, noisePct, noiseStd) {
  if (noiseType === "uniform") {
    return (seed, step) => 2 * (uniformOf(nextState(streamState(seed, step))) - 0.5) * noisePct;
  }
  const low = 1 - normalCdf(noisePct / noiseStd);
  const width = 1 - 2 * low;
  const limit = noisePct * (1 - 1e-12);
  return (seed, step) => {
    const p = low + width * uniformOf(nextState(streamState(seed, step)));
    const n = noiseStd * normalQuantile(Math.min(Math.max(p, Number.MIN_VALUE), 1 - 1e-16));
    return Math.min(Math.max(n, -limit), limit);
  };
}
function noiseSchedule(options) {
  checkOptions("noise", options, NOISE_KEYS);
  const inner = scheduleOption("schedule", options.schedule);
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    invalid("seed", seed, "must be an integer in [0, 2^32)");
  }
  const noiseType = oneOf("noiseType", options.noiseType ?? "normal", ["normal", "uniform"]);
  const noisePct = numberInRange("noisePct", options.noisePct ?? 0.67, {
    min: 0,
    max: 1,
    minOpen: true
  });
  const noiseStd = positiveNumber("noiseStd", options.noiseStd ?? 1);
  const startStep = nonNegativeInteger("startStep", options.startStep ?? 0);
  const endStep = options.endStep === void 0 ? void 0 : nonNegativeInteger("endStep", options.endStep);
  if (endStep !== void 0 && endStep <= startStep) {
    invalid("endStep", endStep, `must be greater than startStep (${startStep})`);
  }
  const end = endStep ?? Number.POSITIVE_INFINITY;
  const spec = {
    type: "noise",
    seed,
    noiseType,
    noisePct,
    noiseStd,
    startStep,
    endStep,
    schedule: inner.spec
  };
  const innerAt = formulaOf(inner);
  const sample = noiseSampler(noiseType, noisePct, noiseStd);
  return makeSchedule(spec, (t) => {
    const lr = innerAt(t);
    if (t < startStep || t >= end) return lr;
    return lr * (1 + sample(seed, t));
  });
}
var PIECEWISE_INTERPOLATED_KEYS = ["boundaries", "values", "interpolation"];
function interpolate(kind, start, end, pct) {
  if (kind === "linear") return (end - start) * pct + start;
  return end + (start - end) / 2 * (Math.cos(Math.PI * pct) + 1);
}
function interpolateKnots(kind, boundaries, values) {
  const last = boundaries.length - 1;
  return (t) => {
    const i = countAtOrBelow2(boundaries, t) - 1;
    if (i < 0) return values[0];
    if (i >= last) return values[last];
    const start = boundaries[i];
    return interpolate(
      kind,
      values[i],
      values[i + 1],
      (t - start) / (boundaries[i + 1] - start)
    );
  };
}
function piecewiseInterpolatedSchedule(options) {
  checkOptions("piecewise-interpolated", options, PIECEWISE_INTERPOLATED_KEYS);
  const boundaries = numberList("boundaries", options.boundaries, nonNegativeInteger);
  if (boundaries.length === 0) invalid("boundaries", options.boundaries, "must not be empty");
  increasing("boundaries", boundaries, false);
  const values = numberList("values", options.values, nonNegativeNumber);
  if (values.length !== boundaries.length) {
    invalid(
      "values",
      options.values,
      `must have one entry per boundary (${boundaries.length}), but it has ${values.length}`
    );
  }
  const interpolation = oneOf("interpolation", options.interpolation ?? "linear", [
    "linear",
    "cosine"
  ]);
  return makeSchedule(
    { type: "piecewise-interpolated", boundaries, values, interpolation },
    interpolateKnots(interpolation, boundaries, values)
  );
}
function knotsOf(init, scales) {
  const byBoundary = /* @__PURE__ */ new Map();
  for (const [boundary, scale] of scales) byBoundary.set(boundary, scale);
  const sorted = [...byBoundary.entries()].sort((a, b) => a[0] - b[0]);
  const boundaries = [0];
  const values = [init];
  for (const [boundary, scale] of sorted) {
    boundaries.push(boundary);
    values.push(values[values.length - 1] * scale);
  }
  return { boundaries, values };
}
function onecycle(kind, init, scales) {
  const { boundaries, values } = knotsOf(init, scales);
  return interpolateKnots(kind, boundaries, values);
}
function optaxLinearOnecycleSchedule(options) {
  checkOptions("optax-linear-onecycle", options, [
    "transitionSteps",
    "peakValue",
    "pctStart",
    "pctFinal",
    "divFactor",
    "finalDivFactor"
  ]);
  const transitionSteps = positiveInteger("transitionSteps", options.transitionSteps);
  const peakValue = nonNegativeNumber("peakValue", options.peakValue);
  const pctStart = numberInRange("pctStart", options.pctStart ?? 0.3, { min: 0, max: 1 });
  const pctFinal = numberInRange("pctFinal", options.pctFinal ?? 0.85, { min: 0, max: 1 });
  const divFactor = positiveNumber("divFactor", options.divFactor ?? 25);
  const finalDivFactor = positiveNumber("finalDivFactor", options.finalDivFactor ?? 1e4);
  const at = onecycle("linear", peakValue / divFactor, [
    [Math.trunc(pctStart * transitionSteps), divFactor],
    [Math.trunc(pctFinal * transitionSteps), 1 / divFactor],
    [transitionSteps, 1 / finalDivFactor]
  ]);
  const fields = { transitionSteps, peakValue, pctStart, pctFinal, divFactor, finalDivFactor };
  return makeSchedule({ type: "optax-linear-onecycle", ...fields }, at);
}
function optaxCosineOnecycleSchedule(options) {
  checkOptions("optax-cosine-onecycle", options, [
    "transitionSteps",
    "peakValue",
    "pctStart",
    "divFactor",
    "finalDivFactor"
  ]);
  const transitionSteps = positiveInteger("transitionSteps", options.transitionSteps);
  const peakValue = nonNegativeNumber("peakValue", options.peakValue);
  const pctStart = numberInRange("pctStart", options.pctStart ?? 0.3, { min: 0, max: 1 });
  const divFactor = positiveNumber("divFactor", options.divFactor ?? 25);
  const finalDivFactor = positiveNumber("finalDivFactor", options.finalDivFactor ?? 1e4);
  const at = onecycle("cosine", peakValue / divFactor, [
    [Math.trunc(pctStart * transitionSteps), divFactor],
    [transitionSteps, 1 / (divFactor * finalDivFactor)]
  ]);
  const fields = { transitionSteps, peakValue, pctStart, divFactor, finalDivFactor };
  return makeSchedule({ type: "optax-cosine-onecycle", ...fields }, at);
}
var PIECEWISE_CONSTANT_KEYS = ["boundaries", "values"];
function piecewiseConstantSchedule(options) {
  checkOptions("piecewise-constant", options, PIECEWISE_CONSTANT_KEYS);
  const boundaries = numberList("boundaries", options.boundaries, nonNegativeInteger);
  increasing("boundaries", boundaries, true);
  const values = numberList("values", options.values, nonNegativeNumber);
  if (values.length !== boundaries.length + 1) {
    invalid(
      "values",
      options.values,
      `must have one more entry than boundaries (${boundaries.length + 1}), but it has ${values.length}`
    );
  }
  return makeSchedule(
    { type: "piecewise-constant", boundaries, values },
    (t) => values[countBelow(boundaries, t)]
  );
}
function cycleFactor(shape, p, params) {
  switch (shape) {
    case "cosine":
      return 0.5 * (1 + Math.cos(Math.PI * p));
    case "linear":
      return 1 - p;
    case "polynomial":
      return (1 - p) ** params.power;
    case "tanh":
      return 0.5 * (1 - Math.tanh(params.tanhLowerBound * (1 - p) + params.tanhUpperBound * p));
  }
}
var RESTARTS_KEYS = [
  "shape",
  "peakLr",
  "minLr",
  "cycleSteps",
  "cycleMul",
  "cycleDecay",
  "cycleLimit",
  "kDecay",
  "power",
  "tanhLowerBound",
  "tanhUpperBound"
];
function cycleStart(cycle, first, mul) {
  return first * (mul ** cycle - 1) / (mul - 1);
}
function locateCycle(t, first, mul) {
  if (mul === 1) {
    const cycle2 = Math.floor(t / first);
    const start2 = cycle2 * first;
    return { cycle: cycle2, start: start2, end: start2 + first, length: first };
  }
  const x = 1 + t * (mul - 1) / first;
  if (x <= 0) return null;
  let cycle = Math.max(0, Math.floor(Math.log(x) / Math.log(mul)));
  if (!Number.isFinite(cycle)) return null;
  let start = cycleStart(cycle, first, mul);
  while (cycle > 0 && start > t) start = cycleStart(--cycle, first, mul);
  let end = cycleStart(cycle + 1, first, mul);
  while (end <= t) {
    start = end;
    end = cycleStart(++cycle + 1, first, mul);
  }
  return { cycle, start, end, length: first * mul ** cycle };
}
function cachedCycle(first, mul) {
  let last = null;
  return (t) => {
    if (last !== null && t >= last.start && t < last.end) return last;
    const span = locateCycle(t, first, mul);
    if (span !== null) last = span;
    return span;
  };
}
function restartsSchedule(options) {
  checkOptions("restarts", options, RESTARTS_KEYS);
  const shape = oneOf("shape", options.shape ?? "cosine", [
    "cosine",
    "linear",
    "polynomial",
    "tanh"
  ]);
  const peakLr = nonNegativeNumber("peakLr", options.peakLr);
  const minLr = nonNegativeNumber("minLr", options.minLr ?? 0);
  atMost("minLr", minLr, "peakLr", peakLr);
  const cycleSteps = positiveInteger("cycleSteps", options.cycleSteps);
  const cycleMul = positiveNumber("cycleMul", options.cycleMul ?? 1);
  const cycleDecay = positiveNumber("cycleDecay", options.cycleDecay ?? 1);
  const cycleLimit = options.cycleLimit === void 0 ? void 0 : positiveInteger("cycleLimit", options.cycleLimit);
  const kDecay = positiveNumber("kDecay", options.kDecay ?? 1);
  const power = positiveNumber("power", options.power ?? 1);
  const tanhLowerBound = finiteNumber("tanhLowerBound", options.tanhLowerBound ?? -7);
  const tanhUpperBound = finiteNumber("tanhUpperBound", options.tanhUpperBound ?? 3);
  const params = { power, tanhLowerBound, tanhUpperBound };
  const limit = cycleLimit ?? Number.POSITIVE_INFINITY;
  const spec = {
    type: "restarts",
    shape,
    peakLr,
    minLr,
    cycleSteps,
    cycleMul,
    cycleDecay,
    cycleLimit,
    kDecay,
    power,
    tanhLowerBound,
    tanhUpperBound
  };
  const locate = cachedCycle(cycleSteps, cycleMul);
  let peakCycle = 0;
  let peak = peakLr;
  return makeSchedule(spec, (t) => {
    const at = locate(t);
    if (at === null || at.cycle >= limit) return minLr;
    const progress = (t - at.start) / at.length;
    const factor = cycleFactor(shape, kDecay === 1 ? progress : progress ** kDecay, params);
    if (at.cycle !== peakCycle) {
      peakCycle = at.cycle;
      peak = peakLr * cycleDecay ** at.cycle;
    }
    return minLr + (peak - minLr) * factor;
  });
}
var COMMON_KEYS = [
  "baseLr",
  "tInitial",
  "lrMin",
  "cycleMul",
  "cycleDecay",
  "cycleLimit",
  "warmupT",
  "warmupLrInit",
  "warmupPrefix",
  "noiseRangeT",
  "noisePct",
  "noiseStd",
  "noiseSeed",
  "noiseType"
];
function noiseRangeOf(value) {
  if (value === void 0) return void 0;
  if (Array.isArray(value)) {
    if (value.length !== 2) invalid("noiseRangeT", value, "must be a step or [start, end]");
    const start = nonNegativeInteger("noiseRangeT[0]", value[0]);
    const end = nonNegativeInteger("noiseRangeT[1]", value[1]);
    if (end <= start) invalid("noiseRangeT[1]", end, `must be greater than ${start}`);
    return [start, end];
  }
  return nonNegativeInteger("noiseRangeT", value);
}
function commonOptions(options) {
  const seed = options.noiseSeed ?? 42;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    invalid("noiseSeed", seed, "must be an integer in [0, 2^32)");
  }
  return {
    baseLr: nonNegativeNumber("baseLr", options.baseLr),
    tInitial: positiveInteger("tInitial", options.tInitial),
    lrMin: nonNegativeNumber("lrMin", options.lrMin ?? 0),
    cycleMul: positiveNumber("cycleMul", options.cycleMul ?? 1),
    cycleDecay: positiveNumber("cycleDecay", options.cycleDecay ?? 1),
    cycleLimit: nonNegativeInteger("cycleLimit", options.cycleLimit ?? 1),
    warmupT: nonNegativeInteger("warmupT", options.warmupT ?? 0),
    warmupLrInit: nonNegativeNumber("warmupLrInit", options.warmupLrInit ?? 0),
    warmupPrefix: boolean("warmupPrefix", options.warmupPrefix ?? false),
    noiseRangeT: noiseRangeOf(options.noiseRangeT),
    noisePct: numberInRange("noisePct", options.noisePct ?? 0.67, {
      min: 0,
      max: 1,
      minOpen: true
    }),
    noiseStd: positiveNumber("noiseStd", options.noiseStd ?? 1),
    noiseSeed: seed,
    noiseType: oneOf("noiseType", options.noiseType ?? "normal", ["normal", "uniform"])
  };
}
function cycleLr(c, formula, t) {
  if (c.warmupPrefix) t -= c.warmupT;
  const { tInitial, cycleMul: mul } = c;
  let i;
  let tI = tInitial;
  let tCurr;
  if (mul === 1) {
    i = Math.floor(t / tInitial);
    tCurr = t - tInitial * i;
  } else {
    i = Math.floor(Math.log(1 - t / tInitial * (1 - mul)) / Math.log(mul));
    tI = mul ** i * tInitial;
    tCurr = t - (1 - mul ** i) / (1 - mul) * tInitial;
  }
  if (!Number.isFinite(i) || i >= c.cycleLimit) return c.lrMin;
  return formula(c.cycleDecay === 1 ? c.baseLr : c.baseLr * c.cycleDecay ** i, c.lrMin, tCurr, tI);
}
function timmSchedule(type, c, extra, formula, warmupTarget) {
  const step = c.warmupT ? (warmupTarget - c.warmupLrInit) / c.warmupT : 1;
  const range = c.noiseRangeT;
  const noisy = (t) => range !== void 0 && (typeof range === "number" ? t >= range : range[0] <= t && t < range[1]);
  const spec = { type, ...c, ...extra, noiseRangeT: range };
  const sample = noiseSampler(c.noiseType, c.noisePct, c.noiseStd);
  return makeSchedule(spec, (t) => {
    const lr = t < c.warmupT ? c.warmupLrInit + t * step : cycleLr(c, formula, t);
    if (!noisy(t)) return lr;
    return lr + lr * sample(c.noiseSeed, t);
  });
}
function timmCosine(options) {
  checkOptions("timm-cosine", options, [...COMMON_KEYS, "kDecay"]);
  const c = commonOptions(options);
  const k = positiveNumber("kDecay", options.kDecay ?? 1);
  const phase = k === 1 ? (tCurr, tI) => tCurr / tI : void 0;
  const formula = (lrMax, lrMin, tCurr, tI) => lrMin + 0.5 * (lrMax - lrMin) * (1 + Math.cos(phase ? Math.PI * tCurr / tI : Math.PI * tCurr ** k / tI ** k));
  return timmSchedule("timm-cosine", c, { kDecay: k }, formula, c.baseLr);
}
function timmPoly(options) {
  checkOptions("timm-poly", options, [...COMMON_KEYS, "power", "kDecay"]);
  const c = commonOptions(options);
  const power = positiveNumber("power", options.power ?? 0.5);
  const k = positiveNumber("kDecay", options.kDecay ?? 1);
  const formula = (lrMax, lrMin, tCurr, tI) => lrMin + (lrMax - lrMin) * (1 - (k === 1 ? tCurr / tI : tCurr ** k / tI ** k)) ** power;
  return timmSchedule("timm-poly", c, { power, kDecay: k }, formula, c.baseLr);
}
function timmTanh(options) {
  checkOptions("timm-tanh", options, [...COMMON_KEYS, "lb", "ub"]);
  const c = commonOptions(options);
  const lb = finiteNumber("lb", options.lb ?? -7);
  const ub = finiteNumber("ub", options.ub ?? 3);
  if (!(lb < ub)) invalid("lb", lb, `must be less than ub (${ub})`);
  const formula = (lrMax, lrMin, tCurr, tI) => {
    const tr = tCurr / tI;
    return lrMin + 0.5 * (lrMax - lrMin) * (1 - Math.tanh(lb * (1 - tr) + ub * tr));
  };
  const target = c.warmupPrefix ? c.baseLr : cycleLr(c, formula, c.warmupT);
  return timmSchedule("timm-tanh", c, { lb, ub }, formula, target);
}
var WARMUP_KEYS = ["schedule", "warmupSteps", "startLr", "shape", "prefix"];
function warmupRamp(shape, start, target, p) {
  if (shape === "linear") return start + (target - start) * p;
  if (shape === "cosine") return start + (target - start) * (1 - Math.cos(Math.PI * p)) / 2;
  return start * (target / start) ** p;
}
function warmupSchedule(options) {
  checkOptions("warmup", options, WARMUP_KEYS);
  const inner = scheduleOption("schedule", options.schedule);
  const warmupSteps = nonNegativeInteger("warmupSteps", options.warmupSteps);
  const startLr = nonNegativeNumber("startLr", options.startLr ?? 0);
  const shape = oneOf("shape", options.shape ?? "linear", ["linear", "cosine", "exponential"]);
  const prefix = boolean("prefix", options.prefix ?? true);
  const target = inner.lrAt(prefix ? 0 : warmupSteps);
  if (shape === "exponential" && warmupSteps > 0) {
    if (startLr <= 0) invalid("startLr", startLr, "must be positive for an exponential warmup");
    if (target <= 0) {
      invalid("schedule", inner.spec, "must start above 0 for an exponential warmup");
    }
  }
  const spec = { type: "warmup", warmupSteps, startLr, shape, prefix, schedule: inner.spec };
  const innerAt = formulaOf(inner);
  const shift = prefix ? warmupSteps : 0;
  return makeSchedule(spec, (t) => {
    if (t < warmupSteps) return warmupRamp(shape, startLr, target, t / warmupSteps);
    return innerAt(t - shift);
  });
}
var TYPES = {
  constant: { keys: CONSTANT_KEYS, build: constantSchedule },
  linear: { keys: LINEAR_KEYS, build: linearSchedule },
  cosine: { keys: COSINE_KEYS, build: cosineSchedule },
  exponential: { keys: EXPONENTIAL_KEYS, build: exponentialSchedule },
  polynomial: { keys: POLYNOMIAL_KEYS, build: polynomialSchedule },
  "piecewise-constant": { keys: PIECEWISE_CONSTANT_KEYS, build: piecewiseConstantSchedule },
  "piecewise-interpolated": {
    keys: PIECEWISE_INTERPOLATED_KEYS,
    build: piecewiseInterpolatedSchedule
  },
  "inverse-sqrt": { keys: INVERSE_SQRT_KEYS, build: inverseSqrtSchedule },
  "inverse-time": { keys: INVERSE_TIME_KEYS, build: inverseTimeSchedule },
  warmup: { keys: WARMUP_KEYS, nested: { schedule: "one" }, build: warmupSchedule },
  join: { keys: JOIN_KEYS, nested: { schedules: "many" }, build: joinSchedules },
  restarts: { keys: RESTARTS_KEYS, build: restartsSchedule },
  noise: { keys: NOISE_KEYS, nested: { schedule: "one" }, build: noiseSchedule },
  "hf-constant": { keys: null, build: hfConstant },
  "hf-constant-with-warmup": { keys: null, build: hfConstantWithWarmup },
  "hf-linear": { keys: null, build: hfLinear },
  "hf-cosine": { keys: null, build: hfCosine },
  "hf-cosine-with-restarts": { keys: null, build: hfCosineWithRestarts },
  "hf-polynomial": { keys: null, build: hfPolynomial },
  "hf-inverse-sqrt": { keys: null, build: hfInverseSqrt },
  "hf-cosine-with-min-lr": { keys: null, build: hfCosineWithMinLr },
  "hf-cosine-warmup-with-min-lr": { keys: null, build: hfCosineWarmupWithMinLr },
  "hf-warmup-stable-decay": { keys: null, build: hfWarmupStableDecay },
  "timm-cosine": { keys: null, build: timmCosine },
  "timm-poly": { keys: null, build: timmPoly },
  "timm-tanh": { keys: null, build: timmTanh },
  "keras-exponential-decay": { keys: null, build: kerasExponentialDecay },
  "keras-piecewise-constant-decay": { keys: null, build: kerasPiecewiseConstantDecay },
  "keras-polynomial-decay": { keys: null, build: kerasPolynomialDecay },
  "keras-inverse-time-decay": { keys: null, build: kerasInverseTimeDecay },
  "keras-cosine-decay": { keys: null, build: kerasCosineDecay },
  "keras-cosine-decay-restarts": { keys: null, build: kerasCosineDecayRestarts },
  "optax-linear-onecycle": { keys: null, build: optaxLinearOnecycleSchedule },
  "optax-cosine-onecycle": { keys: null, build: optaxCosineOnecycleSchedule }
};
function scheduleTypes() {
  return Object.keys(TYPES).sort();
}
function isScheduleType(type) {
  return typeof type === "string" && Object.hasOwn(TYPES, type);
}
function join(path, field2) {
  if (path === "") return field2;
  return field2.startsWith("[") ? `${path}${field2}` : `${path}.${field2}`;
}
function rejectFunctions(value, path) {
  if (typeof value === "function") {
    invalid(
      path || "spec",
      value,
      "is a function, but a spec is JSON data only (functions are not serializable)"
    );
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      rejectFunctions(v, join(path, `[${i}]`));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) rejectFunctions(v, join(path, k));
  }
}
function withPath(error, path) {
  if (path === "" || !InvalidArgumentError.isInstance(error)) return error;
  const parameter = error.parameter === "options" ? path : join(path, error.parameter);
  return new InvalidArgumentError({
    parameter,
    value: error.value,
    expected: error.expected,
    cause: error
  });
}
function nestedOptions(spec, nested, path) {
  const options = {};
  for (const [field2, kind] of Object.entries(nested)) {
    const value = spec[field2];
    const at = join(path, field2);
    if (kind === "one") {
      if (!isPlainObject(value)) invalid(at, value, "must be a nested schedule spec { type, ... }");
      options[field2] = scheduleFromSpec(value, at);
    } else {
      if (!Array.isArray(value)) invalid(at, value, "must be an array of schedule specs");
      options[field2] = value.map((v, i) => scheduleFromSpec(v, join(at, `[${i}]`)));
    }
  }
  return options;
}
function scheduleFromSpec(spec, path = "") {
  rejectFunctions(spec, path);
  if (!isPlainObject(spec)) {
    invalid(path || "spec", spec, "must be a schedule spec object { type, ...fields }");
  }
  const { type } = spec;
  if (typeof type !== "string" || !Object.hasOwn(TYPES, type)) {
    invalid(join(path, "type"), type, `must be one of ${scheduleTypes().join(", ")}`);
  }
  const definition = TYPES[type];
  const options = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === "type") continue;
    if (key === "version" && path === "") {
      if (value !== 1) invalid("version", value, "must be 1");
      continue;
    }
    if (definition.keys && !definition.keys.includes(key)) {
      invalid(
        join(path, key),
        value,
        `is not a field of the '${type}' schedule; valid fields are ${definition.keys.join(", ")}`
      );
    }
    options[key] = value;
  }
  Object.assign(options, nestedOptions(spec, definition.nested ?? {}, path));
  try {
    return definition.build(options);
  } catch (error) {
    throw withPath(error, path);
  }
}
function defaultScaleOf(type) {
  return type.startsWith("hf-") ? "multiplier" : "absolute";
}
var ScheduleLR = (_n = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("ScheduleLR", options, ["schedule", "scale", "lastEpoch", "verbose"]);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    const schedules = schedulesPerGroup(options.schedule, groupCount);
    const scale = oneOf("scale", options.scale, ["multiplier", "absolute"]);
    super(optimizer, options);
    __privateAdd(this, _schedules);
    __publicField(this, "scale");
    /** The schedules' specs, saved in the state so a resume can check it has the same ones. */
    __publicField(this, "specs");
    __privateSet(this, _schedules, schedules);
    this.scale = scale;
    this.specs = schedules.map((s) => s.spec);
    this.initialStep();
  }
  /** The schedule of every param group (the same object repeated when one was given). */
  get schedules() {
    return __privateGet(this, _schedules).slice();
  }
  /** Whether the schedules' values multiply the base lrs or are the lrs. */
  get scaleMode() {
    return this.scale;
  }
  /** The lr of every group at `step` (an integer ≥ 0), without stepping. */
  lrAt(step) {
    return __privateGet(this, _schedules).map((_, i) => this.groupLrAt(i, step));
  }
  groupLrAt(group, step) {
    const value = __privateGet(this, _schedules)[group].lrAt(step);
    if (typeof value !== "number" || !Number.isFinite(value)) {
      invalid(`schedule[${group}]`, value, `must return a finite number (at step ${step})`);
    }
    return this.scale === "multiplier" ? this.baseLrs[group] * value : value;
  }
  getLr() {
    return this.lrAt(this.lastEpoch);
  }
  /** Writes the lrs in place, so stepping allocates nothing. */
  computeLr(out) {
    const step = this.lastEpoch;
    for (let i = 0; i < out.length; i++) out[i] = this.groupLrAt(i, step);
  }
  closedFormLr() {
    return this.lrAt(this.lastEpoch);
  }
  loadStateDict(state) {
    const saved = state == null ? void 0 : state.specs;
    if (saved !== void 0 && JSON.stringify(saved) !== JSON.stringify(this.specs)) {
      invalid(
        "state.specs",
        saved,
        `must equal this scheduler's schedule specs (${JSON.stringify(this.specs)}): the state was saved with other schedules`
      );
    }
    super.loadStateDict(state);
  }
}, _schedules = new WeakMap(), __publicField(_n, "schedulerName", "ScheduleLR"), _n);
function schedulesPerGroup(value, groupCount) {
  if (!Array.isArray(value)) {
    const one = scheduleOption("schedule", value);
    return Array.from({ length: groupCount }, () => one);
  }
  const list2 = scheduleListOption("schedule", value);
  if (list2.length !== groupCount) {
    invalid(
      "schedule",
      value,
      `must be one Schedule or a list of ${groupCount} (one per param group), but the list has ${list2.length}`
    );
  }
  return list2;
}
function joinPath(path, field2) {
  if (path === "") return field2;
  return field2.startsWith("[") ? `${path}${field2}` : `${path}.${field2}`;
}
function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function checkJson(value, path) {
  const where = path || "spec";
  if (typeof value === "string" || typeof value === "boolean" || value === null) return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(where, value, "must be a finite number (specs are JSON)");
    return;
  }
  if (typeof value === "function") {
    invalid(
      where,
      value,
      "is a function, and functions are not serializable: a spec holds JSON data only and never runs code"
    );
  }
  if (typeof value !== "object") {
    invalid(where, value, "must be JSON data (objects, arrays, numbers, strings, booleans)");
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkJson(v, joinPath(path, `[${i}]`));
    });
    return;
  }
  if (!isPlain(value)) {
    invalid(where, value, "must be plain JSON data (objects, arrays, numbers, strings, booleans)");
  }
  for (const [k, v] of Object.entries(value)) if (v !== void 0) checkJson(v, joinPath(path, k));
}
function copyJson(value) {
  return JSON.parse(JSON.stringify(value));
}
var ChainedScheduler = (_o = class extends BaseScheduler {
  constructor(optimizer, options) {
    knownKeys("ChainedScheduler", options, ["schedulers"]);
    validateOptimizer(optimizer);
    const schedulers = checkChildren(optimizer, options.schedulers);
    super(optimizer);
    __publicField(this, "schedulers");
    this.schedulers = schedulers;
  }
  step(epoch) {
    if (epoch !== void 0) noStepArgument("ChainedScheduler", epoch);
    for (const child of this.schedulers) child.step();
    this.recordLastLrs();
  }
  stateDict() {
    return { ...super.stateDict(), schedulers: this.schedulers.map((s) => s.stateDict()) };
  }
  loadStateDict(state) {
    loadComposite(this.optimizer, this.schedulers, state, (own) => super.loadStateDict(own));
  }
}, __publicField(_o, "schedulerName", "ChainedScheduler"), _o);
var ConstantLR = (_p = class extends LRScheduler {
  constructor(optimizer, options = {}) {
    knownKeys("ConstantLR", options, ["factor", "totalIters", "lastEpoch", "verbose"]);
    const factor = numberInRange("factor", options.factor ?? 1 / 3, {
      min: 0,
      max: 1,
      minOpen: true
    });
    const totalIters = positiveInteger("totalIters", options.totalIters ?? 5);
    super(optimizer, options);
    __publicField(this, "factor");
    __publicField(this, "totalIters");
    this.factor = factor;
    this.totalIters = totalIters;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, totalIters, factor } = this;
    for (let i = 0; i < out.length; i++) {
      const lr = groups[i].lr;
      if (lastEpoch === 0) out[i] = lr * factor;
      else if (lastEpoch !== totalIters) out[i] = lr;
      else out[i] = lr * (1 / factor);
    }
  }
  closedFormLr() {
    const reached = this.lastEpoch >= this.totalIters ? 1 : 0;
    return this.baseLrs.map((baseLr) => baseLr * (this.factor + reached * (1 - this.factor)));
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_p, "schedulerName", "ConstantLR"), _p);
var CosineAnnealingLR = (_q = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("CosineAnnealingLR", options, ["tMax", "etaMin", "lastEpoch", "verbose"]);
    const tMax = positiveInteger("tMax", options.tMax);
    const etaMin = nonNegativeNumber("etaMin", options.etaMin ?? 0);
    super(optimizer, options);
    __publicField(this, "tMax");
    __publicField(this, "etaMin");
    this.tMax = tMax;
    this.etaMin = etaMin;
    Object.defineProperty(this, "cosCache", { value: [Number.NaN, 0, Number.NaN, 0] });
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, tMax, etaMin } = this;
    if (lastEpoch === 0) {
      for (let i = 0; i < out.length; i++) out[i] = groups[i].lr;
      return;
    }
    if (this.stepCount === 1 && lastEpoch > 0) {
      const lrs = this.closedFormLr();
      for (let i = 0; i < out.length; i++) out[i] = lrs[i];
      return;
    }
    if ((lastEpoch - 1 - tMax) % (2 * tMax) === 0) {
      const rise = 1 - Math.cos(Math.PI / tMax);
      for (let i = 0; i < out.length; i++) {
        out[i] = groups[i].lr + (this.baseLrs[i] - etaMin) * rise / 2;
      }
      return;
    }
    const ratio = (1 + this.cosAt(lastEpoch)) / (1 + this.cosAt(lastEpoch - 1));
    for (let i = 0; i < out.length; i++) out[i] = ratio * (groups[i].lr - etaMin) + etaMin;
  }
  /**
   * cos(π·epoch / tMax), remembering the last two values: consecutive steps share one cosine.
   * The cache is not enumerable (not state) and returns exactly what Math.cos would.
   */
  cosAt(epoch) {
    const cache = this.cosCache;
    if (cache[0] === epoch) return cache[1];
    if (cache[2] === epoch) return cache[3];
    const value = Math.cos(Math.PI * epoch / this.tMax);
    cache[2] = cache[0];
    cache[3] = cache[1];
    cache[0] = epoch;
    cache[1] = value;
    return value;
  }
  loadStateDict(state) {
    super.loadStateDict(state);
    this.cosCache[0] = Number.NaN;
    this.cosCache[2] = Number.NaN;
  }
  closedFormLr() {
    const { lastEpoch, tMax, etaMin } = this;
    return this.baseLrs.map(
      (baseLr) => etaMin + (baseLr - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2
    );
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_q, "schedulerName", "CosineAnnealingLR"), _q);
var CosineAnnealingWarmRestarts = (_r = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("CosineAnnealingWarmRestarts", options, [
      "t0",
      "tMult",
      "etaMin",
      "lastEpoch",
      "verbose"
    ]);
    const t0 = positiveInteger("t0", options.t0);
    const tMult = options.tMult ?? 1;
    if (!Number.isSafeInteger(tMult) || tMult < 1)
      invalid("tMult", tMult, "must be an integer >= 1");
    const etaMin = nonNegativeNumber("etaMin", options.etaMin ?? 0);
    super(optimizer, options);
    __publicField(this, "t0");
    __publicField(this, "tI");
    __publicField(this, "tMult");
    __publicField(this, "etaMin");
    __publicField(this, "tCur");
    this.t0 = t0;
    this.tI = t0;
    this.tMult = tMult;
    this.etaMin = etaMin;
    this.tCur = this.lastEpoch;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const { etaMin } = this;
    const cosine = 1 + Math.cos(Math.PI * this.tCur / this.tI);
    for (let i = 0; i < out.length; i++) {
      out[i] = etaMin + (this.baseLrs[i] - etaMin) * cosine / 2;
    }
  }
  /** One step, or a jump to `epoch` (fractional epochs allowed). Nothing here can throw after the check. */
  step(epoch) {
    if (epoch === void 0 && this.lastEpoch < 0) epoch = 0;
    if (epoch === void 0) {
      this.tCur += 1;
      if (this.tCur >= this.tI) {
        this.tCur -= this.tI;
        this.tI *= this.tMult;
      }
      this.lastEpoch += 1;
    } else {
      if (typeof epoch !== "number" || !Number.isFinite(epoch) || epoch < 0) {
        invalid("epoch", epoch, "must be a non-negative finite number");
      }
      this.jumpTo(epoch);
      this.lastEpoch = Math.floor(epoch);
    }
    this.stepCount++;
    const out = this.lrBuffer;
    this.computeLr(out);
    this.applyLrs(out);
  }
  jumpTo(epoch) {
    const { t0, tMult } = this;
    if (epoch < t0) {
      this.tI = t0;
      this.tCur = epoch;
    } else if (tMult === 1) {
      this.tCur = epoch % t0;
    } else {
      const n = Math.trunc(Math.log(epoch / t0 * (tMult - 1) + 1) / Math.log(tMult));
      this.tCur = epoch - t0 * (tMult ** n - 1) / (tMult - 1);
      this.tI = t0 * tMult ** n;
    }
  }
  /**
   * The lr of every group at integer `step` (≥ 0): the value the step-th `step()` after
   * construction sets (one step per call; fractional `step(epoch)` jumps are not part of it).
   */
  lrAt(step) {
    checkStep(step);
    let tI = this.t0;
    let tCur = step;
    if (this.tMult === 1) tCur = step % tI;
    else {
      while (tCur >= tI) {
        tCur -= tI;
        tI *= this.tMult;
      }
    }
    const { etaMin } = this;
    const cosine = 1 + Math.cos(Math.PI * tCur / tI);
    return this.baseLrs.map((baseLr) => etaMin + (baseLr - etaMin) * cosine / 2);
  }
}, __publicField(_r, "schedulerName", "CosineAnnealingWarmRestarts"), _r);
var OPTION_KEYS2 = [
  "firstCycleSteps",
  "cycleMult",
  "maxLr",
  "minLr",
  "warmupSteps",
  "gamma",
  "warmupFirstCycleOnly",
  "lastEpoch",
  "verbose"
];
var CosineAnnealingWarmupRestarts = (_s = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("CosineAnnealingWarmupRestarts", options, OPTION_KEYS2);
    const groupCount = validateOptimizer(optimizer).paramGroups.length;
    const firstCycleSteps = positiveInteger("firstCycleSteps", options.firstCycleSteps);
    const cycleMult = options.cycleMult ?? 1;
    if (typeof cycleMult !== "number" || !Number.isFinite(cycleMult) || cycleMult < 1) {
      invalid("cycleMult", cycleMult, "must be a finite number >= 1");
    }
    const maxLrs = perGroup("maxLr", options.maxLr ?? 0.1, groupCount, nonNegativeNumber);
    const minLrs = perGroup("minLr", options.minLr ?? 1e-3, groupCount, nonNegativeNumber);
    const warmupSteps = nonNegativeInteger("warmupSteps", options.warmupSteps ?? 0);
    if (warmupSteps >= firstCycleSteps) {
      invalid("warmupSteps", warmupSteps, `must be less than firstCycleSteps (${firstCycleSteps})`);
    }
    const gamma = positiveNumber("gamma", options.gamma ?? 1);
    const warmupFirstCycleOnly = boolean(
      "warmupFirstCycleOnly",
      options.warmupFirstCycleOnly ?? false
    );
    super(optimizer, options);
    __publicField(this, "firstCycleSteps");
    __publicField(this, "cycleMult");
    __publicField(this, "baseMaxLrs");
    __publicField(this, "maxLrs");
    __publicField(this, "warmupSteps");
    __publicField(this, "gamma");
    __publicField(this, "warmupFirstCycleOnly");
    __publicField(this, "curCycleSteps");
    __publicField(this, "cycle", 0);
    __publicField(this, "stepInCycle");
    this.firstCycleSteps = firstCycleSteps;
    this.cycleMult = cycleMult;
    this.baseMaxLrs = maxLrs;
    this.maxLrs = maxLrs.slice();
    this.warmupSteps = warmupSteps;
    this.gamma = gamma;
    this.warmupFirstCycleOnly = warmupFirstCycleOnly;
    this.curCycleSteps = firstCycleSteps;
    this.stepInCycle = this.lastEpoch;
    this.initialStep();
    this.baseLrs = minLrs;
    optimizer.paramGroups.forEach((group, i) => {
      group.lr = minLrs[i];
    });
    this.recordLastLrs();
  }
  get currentWarmup() {
    return this.warmupFirstCycleOnly && this.cycle > 0 ? 0 : this.warmupSteps;
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const warmup2 = this.currentWarmup;
    const { baseLrs, maxLrs, stepInCycle } = this;
    if (stepInCycle === -1) {
      for (let i = 0; i < out.length; i++) out[i] = baseLrs[i];
    } else if (stepInCycle < warmup2) {
      for (let i = 0; i < out.length; i++) {
        out[i] = (maxLrs[i] - baseLrs[i]) * stepInCycle / warmup2 + baseLrs[i];
      }
    } else {
      const progress = Math.PI * (stepInCycle - warmup2) / (this.curCycleSteps - warmup2);
      const cosine = 1 + Math.cos(progress);
      for (let i = 0; i < out.length; i++) {
        out[i] = baseLrs[i] + (maxLrs[i] - baseLrs[i]) * cosine / 2;
      }
    }
  }
  /** One step, or a jump to `epoch`. Nothing here can throw after the epoch check. */
  step(epoch) {
    const previousCycle = this.cycle;
    if (epoch === void 0) {
      epoch = this.lastEpoch + 1;
      this.stepInCycle += 1;
      if (this.stepInCycle >= this.curCycleSteps) {
        this.cycle += 1;
        this.stepInCycle -= this.curCycleSteps;
        this.curCycleSteps = Math.trunc((this.curCycleSteps - this.warmupSteps) * this.cycleMult) + this.warmupSteps;
      }
    } else {
      nonNegativeNumber("epoch", epoch);
      this.jumpTo(epoch);
    }
    if (this.cycle !== previousCycle) {
      for (let i = 0; i < this.maxLrs.length; i++) {
        this.maxLrs[i] = this.baseMaxLrs[i] * this.gamma ** this.cycle;
      }
    }
    this.lastEpoch = Math.floor(epoch);
    this.stepCount++;
    const out = this.lrBuffer;
    this.computeLr(out);
    this.applyLrs(out);
  }
  jumpTo(epoch) {
    const { firstCycleSteps: first, cycleMult: mult } = this;
    if (epoch < first) {
      this.curCycleSteps = first;
      this.stepInCycle = epoch;
      this.cycle = 0;
    } else if (mult === 1) {
      this.stepInCycle = epoch % first;
      this.cycle = Math.floor(epoch / first);
    } else {
      const n = Math.trunc(Math.log(epoch / first * (mult - 1) + 1) / Math.log(mult));
      this.cycle = n;
      this.stepInCycle = epoch - Math.trunc(first * (mult ** n - 1) / (mult - 1));
      this.curCycleSteps = first * mult ** n;
    }
  }
  /**
   * The lr of every group at integer `step` (≥ 0): the value the step-th `step()` after
   * construction sets, cycle lengths growing as the original's step-by-step update does. Step
   * 0 is minLr, as the original sets it after its first step.
   */
  lrAt(step) {
    checkStep(step);
    if (step === 0) return this.baseLrs.slice();
    const { warmupSteps, cycleMult } = this;
    let cycle = 0;
    let length = this.firstCycleSteps;
    let inCycle = step;
    if (cycleMult === 1) {
      cycle = Math.floor(step / length);
      inCycle = step - cycle * length;
    } else {
      while (inCycle >= length) {
        inCycle -= length;
        cycle += 1;
        length = Math.trunc((length - warmupSteps) * cycleMult) + warmupSteps;
      }
    }
    const warmup2 = this.warmupFirstCycleOnly && cycle > 0 ? 0 : warmupSteps;
    const cosine = 1 + Math.cos(Math.PI * (inCycle - warmup2) / (length - warmup2));
    return this.baseLrs.map((baseLr, i) => {
      const maxLr = cycle === 0 ? this.baseMaxLrs[i] : this.baseMaxLrs[i] * this.gamma ** cycle;
      if (inCycle < warmup2) return (maxLr - baseLr) * inCycle / warmup2 + baseLr;
      return baseLr + (maxLr - baseLr) * cosine / 2;
    });
  }
}, __publicField(_s, "schedulerName", "CosineAnnealingWarmupRestarts"), _s);
function momentumKeyOf(optimizer, parameter) {
  const groups = optimizer.paramGroups;
  if (groups.every((g) => Array.isArray(g.betas) && g.betas.length === 2)) return "betas";
  if (groups.every((g) => typeof g.momentum === "number")) return "momentum";
  return invalid(
    parameter,
    true,
    "needs param groups that all carry momentum (SGD-style) or betas (Adam-style, beta1 is cycled); set it to false for an optimizer without momentum"
  );
}
function writeMomentum(group, key, value) {
  if (key === "betas") group.betas = [value, group.betas[1]];
  else group.momentum = value;
}
function unit(parameter, value) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    invalid(parameter, value, "must be a number in [0, 1]");
  }
  return value;
}
function restoreMomentums(optimizer, key, momentums) {
  if (!key) return;
  const groups = optimizer.paramGroups;
  for (let i = 0; i < groups.length; i++) writeMomentum(groups[i], key, momentums[i]);
}
var OPTION_KEYS3 = [
  "baseLr",
  "maxLr",
  "stepSizeUp",
  "stepSizeDown",
  "mode",
  "gamma",
  "scaleFn",
  "scaleMode",
  "cycleMomentum",
  "baseMomentum",
  "maxMomentum",
  "lastEpoch",
  "verbose"
];
var CyclicLR = (_t = class extends LRScheduler {
  constructor(optimizer, options) {
    var _a2;
    knownKeys("CyclicLR", options, OPTION_KEYS3);
    validateOptimizer(optimizer);
    lastEpochOption(options.lastEpoch);
    boolean("verbose", options.verbose ?? false);
    const groupCount = ((_a2 = optimizer == null ? void 0 : optimizer.paramGroups) == null ? void 0 : _a2.length) ?? 0;
    const baseLrs = perGroup("baseLr", options.baseLr, groupCount, nonNegativeNumber);
    const maxLrs = perGroup("maxLr", options.maxLr, groupCount, nonNegativeNumber);
    const stepSizeUp = positiveNumber("stepSizeUp", options.stepSizeUp ?? 2e3);
    const stepSizeDown = positiveNumber("stepSizeDown", options.stepSizeDown ?? stepSizeUp);
    const scaleFn = options.scaleFn === void 0 ? void 0 : func("scaleFn", options.scaleFn);
    const mode = oneOf("mode", options.mode ?? "triangular", [
      "triangular",
      "triangular2",
      "exp_range"
    ]);
    const gamma = positiveNumber("gamma", options.gamma ?? 1);
    const givenScaleMode = oneOf("scaleMode", options.scaleMode ?? "cycle", [
      "cycle",
      "iterations"
    ]);
    const scaleMode = scaleFn ? givenScaleMode : mode === "exp_range" ? "iterations" : "cycle";
    const cycleMomentum = boolean("cycleMomentum", options.cycleMomentum ?? true);
    const baseMomentums = perGroup("baseMomentum", options.baseMomentum ?? 0.8, groupCount, unit);
    const maxMomentums = perGroup("maxMomentum", options.maxMomentum ?? 0.9, groupCount, unit);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, "cycleMomentum") : null;
    const before = snapshotGroups(optimizer);
    if ((options.lastEpoch ?? -1) === -1) {
      optimizer.paramGroups.forEach((group, i) => {
        group.lr = baseLrs[i];
        if (momentumKey) writeMomentum(group, momentumKey, maxMomentums[i]);
      });
    }
    super(optimizer, options);
    __publicField(this, "maxLrs");
    __publicField(this, "totalSize");
    __publicField(this, "stepRatio");
    __publicField(this, "mode");
    __publicField(this, "gamma");
    __publicField(this, "scaleMode");
    __publicField(this, "scaleFn");
    __publicField(this, "cycleMomentum");
    __publicField(this, "momentumKey");
    __publicField(this, "baseMomentums");
    __publicField(this, "maxMomentums");
    /** The momentum (or beta1) last written, restored by `loadStateDict`. */
    __publicField(this, "lastMomentums");
    this.baseLrs = baseLrs;
    this.maxLrs = maxLrs;
    this.totalSize = stepSizeUp + stepSizeDown;
    this.stepRatio = stepSizeUp / this.totalSize;
    this.mode = mode;
    this.gamma = gamma;
    this.scaleMode = scaleMode;
    this.scaleFn = scaleFn;
    this.cycleMomentum = cycleMomentum;
    this.momentumKey = momentumKey;
    this.baseMomentums = momentumKey ? baseMomentums : [];
    this.maxMomentums = momentumKey ? maxMomentums : [];
    this.lastMomentums = momentumKey ? maxMomentums.slice() : [];
    this.initialStep(before);
  }
  loadStateDict(state) {
    super.loadStateDict(state);
    restoreMomentums(this.optimizer, this.momentumKey, this.lastMomentums);
  }
  checkState(next) {
    super.checkState(next);
    checkList(next, "lastMomentums", finiteNumber);
  }
  scale(x) {
    if (this.scaleFn) {
      const value = this.scaleFn(x);
      if (typeof value !== "number" || !Number.isFinite(value)) {
        invalid("scaleFn", value, `must return a finite number (for ${x})`);
      }
      return value;
    }
    if (this.mode === "triangular2") return 1 / 2 ** (x - 1);
    if (this.mode === "exp_range") return this.gamma ** x;
    return 1;
  }
  getLr() {
    return this.freshLr();
  }
  /** Where `step` falls in the cycle: the triangle's height in [0, 1] and the amplitude scale. */
  cycleAt(step) {
    const cycle = Math.floor(1 + step / this.totalSize);
    const x = 1 + step / this.totalSize - cycle;
    const scaleFactor = x <= this.stepRatio ? x / this.stepRatio : (x - 1) / (this.stepRatio - 1);
    const scale = this.scale(this.scaleMode === "cycle" ? cycle : step);
    return { scaleFactor, scale };
  }
  /** Also writes the cycled momentum (or beta1) of every group, as PyTorch's get_lr does. */
  computeLr(out) {
    const { scaleFactor, scale } = this.cycleAt(this.lastEpoch);
    for (let i = 0; i < out.length; i++) {
      const baseLr = this.baseLrs[i];
      out[i] = baseLr + (this.maxLrs[i] - baseLr) * scaleFactor * scale;
    }
    if (this.momentumKey) {
      const groups = this.optimizer.paramGroups;
      for (let i = 0; i < groups.length; i++) {
        const baseHeight = (this.maxMomentums[i] - this.baseMomentums[i]) * scaleFactor;
        const momentum = this.maxMomentums[i] - baseHeight * scale;
        writeMomentum(groups[i], this.momentumKey, momentum);
        this.lastMomentums[i] = momentum;
      }
    }
  }
  /** The lr of every group at `step` (an integer ≥ 0), without stepping or touching momentum. */
  lrAt(step) {
    const { scaleFactor, scale } = this.cycleAt(checkStep(step));
    return this.baseLrs.map(
      (baseLr, i) => baseLr + (this.maxLrs[i] - baseLr) * scaleFactor * scale
    );
  }
}, __publicField(_t, "schedulerName", "CyclicLR"), _t);
var ExponentialLR = (_u = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("ExponentialLR", options, ["gamma", "lastEpoch", "verbose"]);
    const gamma = positiveNumber("gamma", options.gamma);
    super(optimizer, options);
    __publicField(this, "gamma");
    this.gamma = gamma;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const gamma = this.lastEpoch === 0 ? 1 : this.gamma;
    for (let i = 0; i < out.length; i++) out[i] = groups[i].lr * gamma;
  }
  closedFormLr() {
    return this.baseLrs.map((baseLr) => baseLr * this.gamma ** this.lastEpoch);
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_u, "schedulerName", "ExponentialLR"), _u);
function lambdasPerGroup(value, optimizer, parameter = "lrLambda") {
  const count = validateOptimizer(optimizer).paramGroups.length;
  if (Array.isArray(value)) {
    if (value.length !== count) {
      invalid(
        parameter,
        value,
        `must be one function or a list of ${count} functions (one per param group), but the list has ${value.length}`
      );
    }
    return value.map((f, i) => lambdaOf(`${parameter}[${i}]`, f));
  }
  const one = lambdaOf(parameter, value);
  return Array.from({ length: count }, () => one);
}
function lambdaOf(parameter, value) {
  if (typeof value !== "function") {
    invalid(
      parameter,
      value,
      "must be a function of the step (functions are not part of stateDict(): pass the same one again when rebuilding the scheduler to load a checkpoint)"
    );
  }
  return value;
}
function checkedFactor(value, group, epoch) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    invalid(`lrLambda[${group}]`, value, `must return a finite number (at step ${epoch})`);
  }
  return value;
}
var LambdaLR = (_v = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("LambdaLR", options, ["lrLambda", "lastEpoch", "verbose"]);
    const lambdas = lambdasPerGroup(options.lrLambda, optimizer);
    super(optimizer, options);
    __publicField(this, "lrLambdas");
    this.lrLambdas = lambdas;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const epoch = this.lastEpoch;
    for (let i = 0; i < out.length; i++) {
      out[i] = this.baseLrs[i] * checkedFactor(this.lrLambdas[i](epoch), i, epoch);
    }
  }
  /** baseLr × lrLambda(step) for every group at `step` (an integer ≥ 0), without stepping. */
  lrAt(step) {
    checkStep(step);
    return this.baseLrs.map(
      (baseLr, i) => baseLr * checkedFactor(this.lrLambdas[i](step), i, step)
    );
  }
}, __publicField(_v, "schedulerName", "LambdaLR"), _v);
var LinearAnnealingLR = (_w = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("LinearAnnealingLR", options, [
      "annealingSteps",
      "totalSteps",
      "lastEpoch",
      "verbose"
    ]);
    const annealingSteps = positiveInteger("annealingSteps", options.annealingSteps);
    const totalSteps = positiveInteger("totalSteps", options.totalSteps);
    if (totalSteps <= annealingSteps) {
      invalid("totalSteps", totalSteps, `must be greater than annealingSteps (${annealingSteps})`);
    }
    super(optimizer, options);
    __publicField(this, "annealingSteps");
    __publicField(this, "totalSteps");
    this.annealingSteps = annealingSteps;
    this.totalSteps = totalSteps;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const step = this.lastEpoch;
    const factor = step < this.annealingSteps ? (step + 1) / this.annealingSteps : Math.max(0, (this.totalSteps - step - 1) / (this.totalSteps - this.annealingSteps));
    for (let i = 0; i < out.length; i++) out[i] = this.baseLrs[i] * factor;
  }
  closedFormLr() {
    return this.getLr();
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_w, "schedulerName", "LinearAnnealingLR"), _w);
var LinearLR = (_x = class extends LRScheduler {
  constructor(optimizer, options = {}) {
    knownKeys("LinearLR", options, [
      "startFactor",
      "endFactor",
      "totalIters",
      "lastEpoch",
      "verbose"
    ]);
    const startFactor = numberInRange("startFactor", options.startFactor ?? 1 / 3, {
      min: 0,
      max: 1,
      minOpen: true
    });
    const endFactor = numberInRange("endFactor", options.endFactor ?? 1, { min: 0, max: 1 });
    const totalIters = positiveInteger("totalIters", options.totalIters ?? 5);
    super(optimizer, options);
    __publicField(this, "startFactor");
    __publicField(this, "endFactor");
    __publicField(this, "totalIters");
    this.startFactor = startFactor;
    this.endFactor = endFactor;
    this.totalIters = totalIters;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const { startFactor, endFactor, totalIters, lastEpoch } = this;
    if (lastEpoch === 0 || lastEpoch > totalIters) {
      const factor = lastEpoch === 0 ? startFactor : 1;
      for (let i = 0; i < out.length; i++) out[i] = groups[i].lr * factor;
      return;
    }
    const ratio = 1 + (endFactor - startFactor) / (totalIters * startFactor + (lastEpoch - 1) * (endFactor - startFactor));
    for (let i = 0; i < out.length; i++) out[i] = groups[i].lr * ratio;
  }
  closedFormLr() {
    const { startFactor, endFactor, totalIters } = this;
    const factor = startFactor + (endFactor - startFactor) * Math.min(totalIters, this.lastEpoch) / totalIters;
    return this.baseLrs.map((baseLr) => baseLr * factor);
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_x, "schedulerName", "LinearLR"), _x);
var MultiplicativeLR = (_y = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("MultiplicativeLR", options, ["lrLambda", "lastEpoch", "verbose"]);
    const lambdas = lambdasPerGroup(options.lrLambda, optimizer);
    super(optimizer, options);
    __publicField(this, "lrLambdas");
    this.lrLambdas = lambdas;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const epoch = this.lastEpoch;
    const groups = this.optimizer.paramGroups;
    for (let i = 0; i < out.length; i++) {
      const lr = groups[i].lr;
      out[i] = epoch <= 0 ? lr : lr * checkedFactor(this.lrLambdas[i](epoch), i, epoch);
    }
  }
}, __publicField(_y, "schedulerName", "MultiplicativeLR"), _y);
var OPTION_KEYS4 = [
  "maxLr",
  "totalSteps",
  "epochs",
  "stepsPerEpoch",
  "pctStart",
  "annealStrategy",
  "cycleMomentum",
  "baseMomentum",
  "maxMomentum",
  "divFactor",
  "finalDivFactor",
  "threePhase",
  "lastEpoch",
  "verbose"
];
function totalStepsOf(options) {
  if (options.totalSteps !== void 0) return positiveInteger("totalSteps", options.totalSteps);
  if (options.epochs === void 0 || options.stepsPerEpoch === void 0) {
    return invalid("totalSteps", void 0, "must be given, or both epochs and stepsPerEpoch");
  }
  return positiveInteger("epochs", options.epochs) * positiveInteger("stepsPerEpoch", options.stepsPerEpoch);
}
function phasesOf(totalSteps, pctStart, threePhase) {
  const phases = threePhase ? [
    {
      endStep: pctStart * totalSteps - 1,
      startLr: "initial",
      endLr: "max",
      startMomentum: "max",
      endMomentum: "base"
    },
    {
      endStep: 2 * pctStart * totalSteps - 2,
      startLr: "max",
      endLr: "initial",
      startMomentum: "base",
      endMomentum: "max"
    },
    {
      endStep: totalSteps - 1,
      startLr: "initial",
      endLr: "min",
      startMomentum: "max",
      endMomentum: "max"
    }
  ] : [
    {
      endStep: pctStart * totalSteps - 1,
      startLr: "initial",
      endLr: "max",
      startMomentum: "max",
      endMomentum: "base"
    },
    {
      endStep: totalSteps - 1,
      startLr: "max",
      endLr: "min",
      startMomentum: "base",
      endMomentum: "max"
    }
  ];
  let start = 0;
  phases.forEach((phase, i) => {
    if (phase.endStep === start) {
      invalid(
        "pctStart",
        pctStart,
        `must leave phase ${i + 1} of the ${totalSteps}-step cycle at least one step`
      );
    }
    start = phase.endStep;
  });
  return phases;
}
var OneCycleLR = (_z = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("OneCycleLR", options, OPTION_KEYS4);
    validateOptimizer(optimizer);
    const lastEpoch = lastEpochOption(options.lastEpoch);
    boolean("verbose", options.verbose ?? false);
    const groupCount = optimizer.paramGroups.length;
    const totalSteps = totalStepsOf(options);
    if (lastEpoch >= totalSteps) {
      invalid(
        "lastEpoch",
        lastEpoch,
        `must be below totalSteps (${totalSteps}) to resume the cycle`
      );
    }
    const pctStart = numberInRange("pctStart", options.pctStart ?? 0.3, { min: 0, max: 1 });
    const threePhase = boolean("threePhase", options.threePhase ?? false);
    const phases = phasesOf(totalSteps, pctStart, threePhase);
    const annealStrategy = oneOf("annealStrategy", options.annealStrategy ?? "cos", [
      "cos",
      "linear"
    ]);
    const maxLrs = perGroup("maxLr", options.maxLr, groupCount, nonNegativeNumber);
    const divFactor = positiveNumber("divFactor", options.divFactor ?? 25);
    const finalDivFactor = positiveNumber("finalDivFactor", options.finalDivFactor ?? 1e4);
    const cycleMomentum = boolean("cycleMomentum", options.cycleMomentum ?? true);
    const momentumKey = cycleMomentum ? momentumKeyOf(optimizer, "cycleMomentum") : null;
    const maxMomentums = perGroup("maxMomentum", options.maxMomentum ?? 0.95, groupCount, unit);
    const baseMomentums = perGroup("baseMomentum", options.baseMomentum ?? 0.85, groupCount, unit);
    const initialLrs = maxLrs.map((maxLr) => maxLr / divFactor);
    const fresh = lastEpoch === -1;
    const before = snapshotGroups(optimizer);
    if (fresh) {
      optimizer.paramGroups.forEach((group, i) => {
        group.initialLr = initialLrs[i];
      });
    }
    super(optimizer, options);
    __publicField(this, "totalSteps");
    __publicField(this, "phases");
    __publicField(this, "annealStrategy");
    __publicField(this, "lrs");
    __publicField(this, "momentumKey");
    __publicField(this, "momentums");
    /** The momentum (or beta1) last written, restored by `loadStateDict`. */
    __publicField(this, "lastMomentums");
    this.totalSteps = totalSteps;
    this.phases = phases;
    this.annealStrategy = annealStrategy;
    this.lrs = {
      initial: this.baseLrs.slice(),
      max: maxLrs,
      min: this.baseLrs.map((lr) => lr / finalDivFactor)
    };
    this.momentumKey = momentumKey;
    this.momentums = momentumKey ? { max: maxMomentums, base: baseMomentums } : { max: [], base: [] };
    this.lastMomentums = momentumKey ? maxMomentums.slice() : [];
    if (fresh && momentumKey) {
      for (const [i, group] of optimizer.paramGroups.entries()) {
        writeMomentum(group, momentumKey, maxMomentums[i]);
      }
    }
    this.initialStep(before);
  }
  loadStateDict(state) {
    super.loadStateDict(state);
    restoreMomentums(this.optimizer, this.momentumKey, this.lastMomentums);
  }
  checkState(next) {
    super.checkState(next);
    checkList(next, "lastMomentums", finiteNumber);
  }
  anneal(start, end, pct) {
    if (this.annealStrategy === "linear") return (end - start) * pct + start;
    return end + (start - end) / 2 * (Math.cos(Math.PI * pct) + 1);
  }
  getLr() {
    return this.freshLr();
  }
  /** The phase containing `step` and the fraction of it done; past totalSteps it throws. */
  phaseAt(step) {
    if (step > this.totalSteps) {
      throw new ScheduleExhaustedError({
        scheduler: "OneCycleLR",
        step,
        totalSteps: this.totalSteps
      });
    }
    const last = this.phases.length - 1;
    let start = 0;
    let phase = this.phases[last];
    for (let i = 0; i < this.phases.length; i++) {
      const candidate = this.phases[i];
      if (step <= candidate.endStep || i === last) {
        phase = candidate;
        break;
      }
      start = candidate.endStep;
    }
    return { phase, pct: (step - start) / (phase.endStep - start) };
  }
  /** Also writes the cycled momentum (or beta1) of every group, as PyTorch's get_lr does. */
  computeLr(out) {
    const { phase, pct } = this.phaseAt(this.lastEpoch);
    const groups = this.optimizer.paramGroups;
    const startLrs = this.lrs[phase.startLr];
    const endLrs = this.lrs[phase.endLr];
    for (let g = 0; g < out.length; g++) {
      out[g] = this.anneal(startLrs[g], endLrs[g], pct);
    }
    const key = this.momentumKey;
    if (key) {
      const startMomentums = this.momentums[phase.startMomentum];
      const endMomentums = this.momentums[phase.endMomentum];
      for (let g = 0; g < out.length; g++) {
        const m = this.anneal(startMomentums[g], endMomentums[g], pct);
        writeMomentum(groups[g], key, m);
        this.lastMomentums[g] = m;
      }
    }
  }
  /**
   * The lr of every group at `step` (an integer from 0 to totalSteps), without stepping or
   * touching momentum; past totalSteps it throws ScheduleExhaustedError as `step()` does.
   */
  lrAt(step) {
    const { phase, pct } = this.phaseAt(checkStep(step));
    const startLrs = this.lrs[phase.startLr];
    const endLrs = this.lrs[phase.endLr];
    return startLrs.map((startLr, g) => this.anneal(startLr, endLrs[g], pct));
  }
}, __publicField(_z, "schedulerName", "OneCycleLR"), _z);
var PolynomialLR = (_A = class extends LRScheduler {
  constructor(optimizer, options = {}) {
    knownKeys("PolynomialLR", options, ["totalIters", "power", "lastEpoch", "verbose"]);
    const totalIters = positiveInteger("totalIters", options.totalIters ?? 5);
    const power = nonNegativeNumber("power", options.power ?? 1);
    super(optimizer, options);
    __publicField(this, "totalIters");
    __publicField(this, "power");
    this.totalIters = totalIters;
    this.power = power;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const { lastEpoch, totalIters } = this;
    const hold = lastEpoch === 0 || lastEpoch > totalIters;
    const decay = hold ? 1 : ((1 - lastEpoch / totalIters) / (1 - (lastEpoch - 1) / totalIters)) ** this.power;
    for (let i = 0; i < out.length; i++) out[i] = hold ? groups[i].lr : groups[i].lr * decay;
  }
  closedFormLr() {
    const decay = (1 - Math.min(this.totalIters, this.lastEpoch) / this.totalIters) ** this.power;
    return this.baseLrs.map((baseLr) => baseLr * decay);
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_A, "schedulerName", "PolynomialLR"), _A);
var StepLR = (_B = class extends LRScheduler {
  constructor(optimizer, options) {
    knownKeys("StepLR", options, ["stepSize", "gamma", "lastEpoch", "verbose"]);
    const stepSize = positiveInteger("stepSize", options.stepSize);
    const gamma = positiveNumber("gamma", options.gamma ?? 0.1);
    super(optimizer, options);
    __publicField(this, "stepSize");
    __publicField(this, "gamma");
    this.stepSize = stepSize;
    this.gamma = gamma;
    this.initialStep();
  }
  getLr() {
    return this.freshLr();
  }
  computeLr(out) {
    const groups = this.optimizer.paramGroups;
    const decay = this.lastEpoch !== 0 && this.lastEpoch % this.stepSize === 0;
    for (let i = 0; i < out.length; i++) {
      out[i] = decay ? groups[i].lr * this.gamma : groups[i].lr;
    }
  }
  closedFormLr() {
    const factor = this.gamma ** Math.floor(this.lastEpoch / this.stepSize);
    return this.baseLrs.map((baseLr) => baseLr * factor);
  }
  /**
   * The lr of every group at `step` (an integer ≥ 0) from the closed form, without stepping.
   * It agrees with the stepped trace (to rounding where PyTorch's form is recursive).
   */
  lrAt(step) {
    return closedFormAt(this, step, () => this.closedFormLr());
  }
}, __publicField(_B, "schedulerName", "StepLR"), _B);
var COMMON = { lastEpoch: "data", verbose: "data" };
function field(scheduler, name) {
  return scheduler[name];
}
function collapse(values) {
  return values.every((v) => v === values[0]) ? values[0] : values.slice();
}
var STATEFUL_TYPES = {
  LambdaLR: {
    ctor: LambdaLR,
    fields: { lrLambda: "function", ...COMMON },
    required: ["lrLambda"],
    build: (o, x) => new LambdaLR(o, x)
  },
  MultiplicativeLR: {
    ctor: MultiplicativeLR,
    fields: { lrLambda: "function", ...COMMON },
    required: ["lrLambda"],
    build: (o, x) => new MultiplicativeLR(o, x)
  },
  StepLR: {
    ctor: StepLR,
    fields: { stepSize: "data", gamma: "data", ...COMMON },
    required: ["stepSize"],
    build: (o, x) => new StepLR(o, x)
  },
  MultiStepLR: {
    ctor: MultiStepLR,
    fields: { milestones: "data", gamma: "data", ...COMMON },
    required: ["milestones"],
    build: (o, x) => new MultiStepLR(o, x)
  },
  ConstantLR: {
    ctor: ConstantLR,
    fields: { factor: "data", totalIters: "data", ...COMMON },
    required: [],
    build: (o, x) => new ConstantLR(o, x)
  },
  LinearLR: {
    ctor: LinearLR,
    fields: { startFactor: "data", endFactor: "data", totalIters: "data", ...COMMON },
    required: [],
    build: (o, x) => new LinearLR(o, x)
  },
  ExponentialLR: {
    ctor: ExponentialLR,
    fields: { gamma: "data", ...COMMON },
    required: ["gamma"],
    build: (o, x) => new ExponentialLR(o, x)
  },
  PolynomialLR: {
    ctor: PolynomialLR,
    fields: { totalIters: "data", power: "data", ...COMMON },
    required: [],
    build: (o, x) => new PolynomialLR(o, x)
  },
  CosineAnnealingLR: {
    ctor: CosineAnnealingLR,
    fields: { tMax: "data", etaMin: "data", ...COMMON },
    required: ["tMax"],
    build: (o, x) => new CosineAnnealingLR(o, x)
  },
  SequentialLR: {
    ctor: SequentialLR,
    fields: { schedulers: "specs", milestones: "data", lastEpoch: "data" },
    required: ["schedulers", "milestones"],
    build: (o, x) => new SequentialLR(o, x),
    describe: (s) => ({
      schedulers: field(s, "schedulers"),
      milestones: field(s, "milestones").slice()
    })
  },
  ChainedScheduler: {
    ctor: ChainedScheduler,
    fields: { schedulers: "specs" },
    required: ["schedulers"],
    build: (o, x) => new ChainedScheduler(o, x),
    describe: (s) => ({ schedulers: field(s, "schedulers") })
  },
  ReduceLROnPlateau: {
    ctor: ReduceLROnPlateau,
    fields: {
      mode: "data",
      factor: "data",
      patience: "data",
      threshold: "data",
      thresholdMode: "data",
      cooldown: "data",
      minLr: "data",
      eps: "data",
      verbose: "data"
    },
    required: [],
    build: (o, x) => new ReduceLROnPlateau(o, x),
    describe: (s) => {
      const options = {
        mode: field(s, "mode"),
        factor: field(s, "factor"),
        patience: field(s, "patience"),
        threshold: field(s, "threshold"),
        thresholdMode: field(s, "thresholdMode"),
        cooldown: field(s, "cooldown"),
        minLr: collapse(field(s, "minLrs")),
        eps: field(s, "eps")
      };
      if (field(s, "verbose")) options.verbose = true;
      return options;
    }
  },
  CyclicLR: {
    ctor: CyclicLR,
    fields: {
      baseLr: "data",
      maxLr: "data",
      stepSizeUp: "data",
      stepSizeDown: "data",
      mode: "data",
      gamma: "data",
      scaleFn: "function",
      scaleMode: "data",
      cycleMomentum: "data",
      baseMomentum: "data",
      maxMomentum: "data",
      ...COMMON
    },
    required: ["baseLr", "maxLr"],
    build: (o, x) => new CyclicLR(o, x)
  },
  OneCycleLR: {
    ctor: OneCycleLR,
    fields: {
      maxLr: "data",
      totalSteps: "data",
      epochs: "data",
      stepsPerEpoch: "data",
      pctStart: "data",
      annealStrategy: "data",
      cycleMomentum: "data",
      baseMomentum: "data",
      maxMomentum: "data",
      divFactor: "data",
      finalDivFactor: "data",
      threePhase: "data",
      ...COMMON
    },
    required: ["maxLr"],
    build: (o, x) => new OneCycleLR(o, x)
  },
  CosineAnnealingWarmRestarts: {
    ctor: CosineAnnealingWarmRestarts,
    fields: { t0: "data", tMult: "data", etaMin: "data", ...COMMON },
    required: ["t0"],
    build: (o, x) => new CosineAnnealingWarmRestarts(o, x)
  },
  ParamwiseScheduler: {
    ctor: ParamwiseScheduler,
    fields: { schedulers: "specs" },
    required: ["schedulers"],
    build: (o, x) => new ParamwiseScheduler(o, x),
    describe: (s) => ({
      schedulers: s.optimizer.paramGroups.map((_, i) => s.schedulerOf(i))
    })
  },
  CosineAnnealingWarmupRestarts: {
    ctor: CosineAnnealingWarmupRestarts,
    fields: {
      firstCycleSteps: "data",
      cycleMult: "data",
      maxLr: "data",
      minLr: "data",
      warmupSteps: "data",
      gamma: "data",
      warmupFirstCycleOnly: "data",
      ...COMMON
    },
    required: ["firstCycleSteps"],
    build: (o, x) => new CosineAnnealingWarmupRestarts(o, x)
  },
  ScheduleLR: {
    ctor: ScheduleLR,
    fields: { schedule: "schedules", scale: "data", ...COMMON },
    required: ["schedule", "scale"],
    build: (o, x) => new ScheduleLR(o, x)
  },
  LinearAnnealingLR: {
    ctor: LinearAnnealingLR,
    fields: { annealingSteps: "data", totalSteps: "data", ...COMMON },
    required: ["annealingSteps", "totalSteps"],
    build: (o, x) => new LinearAnnealingLR(o, x)
  }
};
var statefulSpecTypes = Object.keys(STATEFUL_TYPES);
var pathed = /* @__PURE__ */ new WeakSet();
function fail(parameter, value, expected) {
  const error = new InvalidArgumentError({ parameter, value, expected });
  pathed.add(error);
  throw error;
}
function withPath2(error, path) {
  if (!InvalidArgumentError.isInstance(error) || pathed.has(error)) return error;
  const local = error.parameter;
  const keep = path === "" || local === "optimizer" || local.startsWith("optimizer.");
  const pathedError = keep ? error : new InvalidArgumentError({
    parameter: joinPath(path, local),
    value: error.value,
    expected: error.expected,
    cause: error
  });
  pathed.add(pathedError);
  return pathedError;
}
function specTypes() {
  return [...statefulSpecTypes, ...scheduleTypes()];
}
function scheduleAt(spec, path) {
  try {
    return scheduleFromSpec(spec, path);
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) pathed.add(error);
    throw error;
  }
}
function buildClosedForm(optimizer, spec, path) {
  const { version: _version, ...body } = spec;
  const schedule = scheduleAt(path === "" ? spec : body, path);
  return new ScheduleLR(optimizer, { schedule, scale: defaultScaleOf(schedule.spec.type) });
}
function schedulesAt(value, path) {
  if (Array.isArray(value)) return value.map((v, i) => scheduleAt(v, `${path}[${i}]`));
  if (!isPlainObject(value)) {
    fail(path, value, "must be a closed-form schedule spec, or a list of them (one per group)");
  }
  return scheduleAt(value, path);
}
function build(optimizer, spec, path) {
  if (!isPlainObject(spec)) fail(path || "spec", spec, "must be a spec object { type, ...fields }");
  if (path !== "" && spec.version !== void 0 && spec.version !== 1) {
    fail(joinPath(path, "version"), spec.version, "must be 1 or absent in a nested spec");
  }
  const type = spec.type;
  if (isScheduleType(type)) return buildClosedForm(optimizer, spec, path);
  const entry = typeof type === "string" ? STATEFUL_TYPES[type] : void 0;
  if (!entry) fail(joinPath(path, "type"), type, `must be one of ${specTypes().join(", ")}`);
  const name = type;
  for (const [key, value] of Object.entries(spec)) {
    if (key === "type" || key === "version" || value === void 0) continue;
    const kind = entry.fields[key];
    if (kind === void 0) {
      fail(
        joinPath(path, key),
        value,
        `is not a field of ${name}; valid fields are ${Object.keys(entry.fields).join(", ")}`
      );
    }
    if (kind === "function") {
      fail(joinPath(path, key), value, functionFieldMessage(name, key));
    }
  }
  for (const key of entry.required) {
    if (spec[key] !== void 0) continue;
    const expected = entry.fields[key] === "function" ? `is required by ${name}, but ${functionFieldMessage(name, key)}` : `is required by ${name}`;
    fail(joinPath(path, key), void 0, expected);
  }
  const options = {};
  for (const [key, value] of Object.entries(spec)) {
    if (key === "type" || key === "version" || value === void 0) continue;
    const at = joinPath(path, key);
    const kind = entry.fields[key];
    if (kind === "schedules") {
      options[key] = schedulesAt(value, at);
      continue;
    }
    if (kind !== "specs") {
      options[key] = copyJson(value);
      continue;
    }
    if (!Array.isArray(value)) fail(at, value, "must be an array of nested specs");
    options[key] = name === "ParamwiseScheduler" ? value.map((child, i) => (view) => build(view, child, `${at}[${i}]`)) : value.map((child, i) => build(optimizer, child, `${at}[${i}]`));
  }
  try {
    return entry.build(optimizer, options);
  } catch (error) {
    throw withPath2(error, path);
  }
}
function functionFieldMessage(type, key) {
  return `${key} is a function, and functions are not serializable: a spec cannot carry ${type}'s ${key}. Build ${type} in code, or describe the curve with a closed-form schedule (${scheduleTypes().join(", ")})`;
}
function probeOf(optimizer) {
  return {
    paramGroups: optimizer.paramGroups.map((g) => {
      const copy2 = { lr: g.lr };
      if (g.momentum !== void 0) copy2.momentum = g.momentum;
      if (g.betas !== void 0) copy2.betas = [g.betas[0], g.betas[1]];
      if (g.initialLr !== void 0) copy2.initialLr = g.initialLr;
      return copy2;
    })
  };
}
function fromSpec(optimizer, spec) {
  validateOptimizer(optimizer);
  checkJson(spec, "");
  if (!isPlainObject(spec)) fail("spec", spec, "must be a spec object { version: 1, type, ... }");
  if (spec.version !== 1) {
    fail("version", spec.version, "must be 1 (the spec format version, at the top level)");
  }
  build(probeOf(optimizer), spec, "");
  return build(optimizer, spec, "");
}
function allocate(steps, typed) {
  return typed ? new Float64Array(steps) : new Array(steps);
}
var START_MOMENTUM = 0.9;
var DEFAULT_LR = 0.1;
var PER_GROUP_FIELDS = ["baseLr", "maxLr", "minLr", "baseMomentum", "maxMomentum"];
function isSchedule(value) {
  return typeof value === "object" && value !== null && typeof value.lrAt === "function" && isPlainObject(value.spec);
}
function groupCountOf(spec) {
  if (Array.isArray(spec)) return Math.max(1, ...spec.map(groupCountOf));
  if (!isPlainObject(spec)) return 1;
  let count = 1;
  if (spec.type === "ParamwiseScheduler" && Array.isArray(spec.schedulers)) {
    count = spec.schedulers.length;
  }
  if (spec.type === "ScheduleLR" && Array.isArray(spec.schedule)) count = spec.schedule.length;
  for (const field2 of PER_GROUP_FIELDS) {
    const value = spec[field2];
    if (Array.isArray(value)) count = Math.max(count, value.length);
  }
  if (spec.type !== "ParamwiseScheduler" && Array.isArray(spec.schedulers)) {
    count = Math.max(count, groupCountOf(spec.schedulers));
  }
  return count;
}
function cyclesMomentum(spec) {
  if (Array.isArray(spec)) return spec.some(cyclesMomentum);
  if (!isPlainObject(spec)) return false;
  if ((spec.type === "CyclicLR" || spec.type === "OneCycleLR") && spec.cycleMomentum !== false) {
    return true;
  }
  return cyclesMomentum(spec.schedulers);
}
function checkOptions2(options, groupsFromSpec) {
  if (!isPlainObject(options)) invalid("options", options, "must be an object { steps, ... }");
  for (const key of Object.keys(options)) {
    if (!["steps", "baseLrs", "metrics", "typed"].includes(key)) {
      invalid(
        `options.${key}`,
        options[key],
        "is not a preview option (steps, baseLrs, metrics, typed)"
      );
    }
  }
  const steps = positiveInteger("steps", options.steps);
  let baseLrs;
  if (options.baseLrs === void 0) {
    baseLrs = new Array(groupsFromSpec()).fill(DEFAULT_LR);
  } else {
    if (!Array.isArray(options.baseLrs) || options.baseLrs.length === 0) {
      invalid("baseLrs", options.baseLrs, "must be a non-empty array, one lr per param group");
    }
    baseLrs = options.baseLrs.map((lr, i) => nonNegativeNumber(`baseLrs[${i}]`, lr));
  }
  const metrics = options.metrics ?? [];
  if (!Array.isArray(metrics)) invalid("metrics", metrics, "must be an array of numbers");
  metrics.forEach((m, i) => {
    if (typeof m !== "number" || !Number.isFinite(m)) {
      invalid(`metrics[${i}]`, m, "must be a finite number");
    }
  });
  const typed = options.typed ?? false;
  if (typeof typed !== "boolean") invalid("typed", typed, "must be a boolean");
  return { steps, baseLrs, metrics, typed };
}
function stepIndices(steps, typed) {
  const out = allocate(steps, typed);
  for (let i = 0; i < steps; i++) out[i] = i;
  return out;
}
function evaluate(schedule, steps, factor, group, typed) {
  const out = allocate(steps, typed);
  let sum = 0;
  if (factor === 1) {
    for (let i = 0; i < steps; i++) {
      const value = schedule.lrAt(i);
      out[i] = value;
      sum += value;
    }
  } else {
    for (let i = 0; i < steps; i++) {
      const value = factor * schedule.lrAt(i);
      out[i] = value;
      sum += value;
    }
  }
  if (!Number.isFinite(sum)) {
    const i = Array.prototype.findIndex.call(out, (v) => !Number.isFinite(v));
    if (i >= 0) invalid(`schedule[${group}]`, out[i], `must give a finite lr (at step ${i})`);
  }
  return out;
}
function previewClosedForm(schedule, scale, options) {
  const { steps, baseLrs, typed } = options;
  const lr = [];
  let absolute;
  baseLrs.forEach((baseLr, g) => {
    if (scale === "multiplier") {
      lr.push(evaluate(schedule, steps, baseLr, g, typed));
      return;
    }
    absolute = absolute ? absolute.slice() : evaluate(schedule, steps, 1, g, typed);
    lr.push(absolute);
  });
  return { steps: stepIndices(steps, typed), lr };
}
function previewStepped(build2, options, withMomentum, what) {
  const { steps, baseLrs, metrics, typed } = options;
  const groups = baseLrs.map(
    (lr2) => withMomentum === false ? { lr: lr2 } : { lr: lr2, momentum: START_MOMENTUM }
  );
  const optimizer = { paramGroups: groups };
  const scheduler = build2(optimizer);
  const metricDriven = isMetricDriven(scheduler);
  if (metricDriven && metrics.length < steps - 1) {
    invalid(
      "metrics",
      metrics,
      `must hold ${steps - 1} values (one per step after the first): ${what} is stepped with a metric`
    );
  }
  const lr = groups.map(() => allocate(steps, typed));
  const momentum = groups.map(() => allocate(steps, typed));
  let moved = false;
  for (let i = 0; i < steps; i++) {
    if (i > 0) {
      if (metricDriven) scheduler.step(metrics[i - 1]);
      else scheduler.step();
    }
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      lr[g][i] = group.lr;
      const m = group.momentum ?? Number.NaN;
      momentum[g][i] = m;
      if (m !== START_MOMENTUM) moved = true;
    }
  }
  const curve = { steps: stepIndices(steps, typed), lr };
  if (withMomentum === true || withMomentum === "observed" && moved) curve.momentum = momentum;
  return curve;
}
function preview(spec, options) {
  if (typeof spec === "function") {
    const checked2 = checkOptions2(options, () => 1);
    return previewStepped(spec, checked2, "observed", "the scheduler");
  }
  if (isSchedule(spec)) {
    const checked2 = checkOptions2(options, () => 1);
    return previewClosedForm(spec, defaultScaleOf(spec.spec.type), checked2);
  }
  checkJson(spec, "");
  if (!isPlainObject(spec))
    invalid("spec", spec, "must be a spec object { version: 1, type, ... }");
  if (spec.version !== 1) {
    invalid("version", spec.version, "must be 1 (the spec format version, at the top level)");
  }
  const checked = checkOptions2(options, () => groupCountOf(spec));
  if (isScheduleType(spec.type)) {
    const schedule = scheduleFromSpec(spec, "");
    return previewClosedForm(schedule, defaultScaleOf(schedule.spec.type), checked);
  }
  return previewStepped(
    (optimizer) => fromSpec(optimizer, spec),
    checked,
    cyclesMomentum(spec),
    String(spec.type)
  );
}
var COMMON2 = { last_epoch: "lastEpoch", verbose: "verbose" };
var TORCH_SCHEDULERS = {
  LambdaLR: {
    kwargs: { lr_lambda: "lrLambda", ...COMMON2 },
    build: (o, x) => new LambdaLR(o, x)
  },
  MultiplicativeLR: {
    kwargs: { lr_lambda: "lrLambda", ...COMMON2 },
    build: (o, x) => new MultiplicativeLR(o, x)
  },
  StepLR: {
    kwargs: { step_size: "stepSize", gamma: "gamma", ...COMMON2 },
    build: (o, x) => new StepLR(o, x)
  },
  MultiStepLR: {
    kwargs: { milestones: "milestones", gamma: "gamma", ...COMMON2 },
    build: (o, x) => new MultiStepLR(o, x)
  },
  ConstantLR: {
    kwargs: { factor: "factor", total_iters: "totalIters", ...COMMON2 },
    build: (o, x) => new ConstantLR(o, x)
  },
  LinearLR: {
    kwargs: {
      start_factor: "startFactor",
      end_factor: "endFactor",
      total_iters: "totalIters",
      ...COMMON2
    },
    build: (o, x) => new LinearLR(o, x)
  },
  ExponentialLR: {
    kwargs: { gamma: "gamma", ...COMMON2 },
    build: (o, x) => new ExponentialLR(o, x)
  },
  PolynomialLR: {
    kwargs: { total_iters: "totalIters", power: "power", ...COMMON2 },
    build: (o, x) => new PolynomialLR(o, x)
  },
  CosineAnnealingLR: {
    kwargs: { T_max: "tMax", eta_min: "etaMin", ...COMMON2 },
    build: (o, x) => new CosineAnnealingLR(o, x)
  },
  SequentialLR: {
    kwargs: {
      schedulers: "schedulers",
      milestones: "milestones",
      last_epoch: "lastEpoch",
      verbose: "verbose"
    },
    build: (o, x, path) => {
      const { verbose: _verbose, ...options } = x;
      return new SequentialLR(o, {
        ...options,
        schedulers: children(o, x.schedulers, `${path}schedulers`)
      });
    }
  },
  ChainedScheduler: {
    kwargs: { schedulers: "schedulers", optimizer: "optimizer" },
    build: (o, x, path) => new ChainedScheduler(o, { schedulers: children(o, x.schedulers, `${path}schedulers`) })
  },
  ReduceLROnPlateau: {
    kwargs: {
      mode: "mode",
      factor: "factor",
      patience: "patience",
      threshold: "threshold",
      threshold_mode: "thresholdMode",
      cooldown: "cooldown",
      min_lr: "minLr",
      eps: "eps",
      verbose: "verbose"
    },
    build: (o, x) => new ReduceLROnPlateau(o, x)
  },
  CyclicLR: {
    kwargs: {
      base_lr: "baseLr",
      max_lr: "maxLr",
      step_size_up: "stepSizeUp",
      step_size_down: "stepSizeDown",
      mode: "mode",
      gamma: "gamma",
      scale_fn: "scaleFn",
      scale_mode: "scaleMode",
      cycle_momentum: "cycleMomentum",
      base_momentum: "baseMomentum",
      max_momentum: "maxMomentum",
      ...COMMON2
    },
    build: (o, x) => new CyclicLR(o, x)
  },
  OneCycleLR: {
    kwargs: {
      max_lr: "maxLr",
      total_steps: "totalSteps",
      epochs: "epochs",
      steps_per_epoch: "stepsPerEpoch",
      pct_start: "pctStart",
      anneal_strategy: "annealStrategy",
      cycle_momentum: "cycleMomentum",
      base_momentum: "baseMomentum",
      max_momentum: "maxMomentum",
      div_factor: "divFactor",
      final_div_factor: "finalDivFactor",
      three_phase: "threePhase",
      ...COMMON2
    },
    build: (o, x) => new OneCycleLR(o, x)
  },
  CosineAnnealingWarmRestarts: {
    kwargs: { T_0: "t0", T_mult: "tMult", eta_min: "etaMin", ...COMMON2 },
    build: (o, x) => new CosineAnnealingWarmRestarts(o, x)
  },
  ParamwiseScheduler: {
    kwargs: { schedulers: "schedulers" },
    build: (o, x, path) => {
      const list2 = x.schedulers;
      if (!Array.isArray(list2))
        invalid("schedulers", list2, "must be a list of { scheduler, kwargs }, one per param group");
      return new ParamwiseScheduler(o, {
        schedulers: list2.map(
          (entry, i) => (view) => fromTorchAt(view, entry, `${path}schedulers[${i}]`)
        )
      });
    }
  },
  CosineAnnealingWarmupRestarts: {
    kwargs: {
      first_cycle_steps: "firstCycleSteps",
      cycle_mult: "cycleMult",
      max_lr: "maxLr",
      min_lr: "minLr",
      warmup_steps: "warmupSteps",
      gamma: "gamma",
      last_epoch: "lastEpoch"
    },
    build: (o, x) => new CosineAnnealingWarmupRestarts(o, x)
  },
  LinearAnnealingLR: {
    kwargs: {
      num_annealing_steps: "annealingSteps",
      num_total_steps: "totalSteps",
      last_epoch: "lastEpoch"
    },
    build: (o, x) => new LinearAnnealingLR(o, x)
  }
};
var torchSchedulerNames = Object.keys(TORCH_SCHEDULERS);
function torchKwargsOf(scheduler) {
  const entry = TORCH_SCHEDULERS[scheduler];
  if (!entry) invalid("scheduler", scheduler, `must be one of ${torchSchedulerNames.join(", ")}`);
  return entry.kwargs;
}
function children(optimizer, list2, parameter) {
  if (!Array.isArray(list2))
    invalid(parameter, list2, "must be a list of { scheduler, kwargs } entries or schedulers");
  return list2.map((entry, i) => {
    if (entry instanceof LRScheduler) return entry;
    const child = fromTorchAt(optimizer, entry, `${parameter}[${i}]`);
    if (!(child instanceof LRScheduler)) {
      invalid(
        `${parameter}[${i}].scheduler`,
        entry.scheduler,
        "cannot be nested here (PyTorch steps children without a metric)"
      );
    }
    return child;
  });
}
function fromTorchAt(optimizer, config, path) {
  const prefix = path ? `${path}.` : "";
  if (!isPlainObject(config))
    invalid(path || "config", config, "must be an object { scheduler, kwargs }");
  const unknownTop = Object.keys(config).filter((k) => k !== "scheduler" && k !== "kwargs");
  if (unknownTop.length > 0) {
    invalid(
      `${prefix}${unknownTop[0]}`,
      config[unknownTop[0]],
      "is not a config key; a config has 'scheduler' and 'kwargs'"
    );
  }
  const name = config.scheduler;
  const entry = typeof name === "string" ? TORCH_SCHEDULERS[name] : void 0;
  if (!entry)
    invalid(`${prefix}scheduler`, name, `must be one of ${torchSchedulerNames.join(", ")}`);
  const kwargs = config.kwargs ?? {};
  if (!isPlainObject(kwargs))
    invalid(`${prefix}kwargs`, kwargs, "must be an object of keyword arguments");
  const options = {};
  for (const [key, value] of Object.entries(kwargs)) {
    const option = entry.kwargs[key];
    if (option === void 0) {
      invalid(
        `${prefix}kwargs.${key}`,
        value,
        `is not a keyword argument of ${name}; valid ones are ${Object.keys(entry.kwargs).join(", ")}`
      );
    }
    if (value !== null && option !== "optimizer") options[option] = value;
  }
  try {
    return entry.build(optimizer, options, `${prefix}kwargs.`);
  } catch (error) {
    throw inTorchTerms(error, entry, `${prefix}kwargs.`);
  }
}
var renamed = /* @__PURE__ */ new WeakSet();
function inTorchTerms(error, entry, kwargsPath) {
  if (!(error instanceof InvalidArgumentError) || renamed.has(error)) return error;
  const match = /^([A-Za-z0-9]+)(.*)$/s.exec(error.parameter);
  const torchName = match ? Object.keys(entry.kwargs).find((k) => entry.kwargs[k] === match[1]) : void 0;
  if (!match || torchName === void 0) return error;
  const torchError = new InvalidArgumentError({
    parameter: `${kwargsPath}${torchName}${match[2]}`,
    value: error.value,
    expected: error.expected,
    cause: error
  });
  renamed.add(torchError);
  return torchError;
}
const int = (values, key) => values[key];
function lambdaPreset(preset, warmup2, total) {
  switch (preset) {
    case "inverse-sqrt":
      return (t) => Math.min((t + 1) / warmup2, Math.sqrt(warmup2 / (t + 1)));
    case "exponential":
      return (t) => 0.97 ** t;
    default:
      return (t) => t < warmup2 ? t / warmup2 : Math.max(0, (total - t) / (total - warmup2));
  }
}
const LAMBDA_SOURCE = {
  "linear-warmup-decay": "(t) => (t < W ? t / W : Math.max(0, (T - t) / (T - W)))",
  "inverse-sqrt": "(t) => Math.min((t + 1) / W, Math.sqrt(W / (t + 1)))",
  exponential: "(t) => 0.97 ** t"
};
function syntheticLoss(step) {
  return 0.3 + 0.7 * Math.exp(-step / 12) + 0.015 * Math.sin(1.7 * step);
}
const torchEntries = [
  {
    slug: "lambda-lr",
    name: "LambdaLR",
    family: "torch",
    summary: "The base lr times any function of the step: warmups, inverse square roots, anything.",
    formula: "\\eta_t = \\eta_0 \\cdot \\lambda(t)",
    usage: (v) => `const W = ${num(v.warmupSteps)}, T = ${num(v.totalSteps)};
new LambdaLR(optimizer, { lrLambda: ${LAMBDA_SOURCE[v.preset]} })`,
    options: [
      {
        key: "preset",
        kind: "select",
        default: "linear-warmup-decay",
        choices: ["linear-warmup-decay", "inverse-sqrt", "exponential"],
        help: "Which function lrLambda is (any JS function works in code)."
      },
      { key: "warmupSteps", kind: "integer", default: 10, min: 1, help: "W in the function." },
      { key: "totalSteps", kind: "integer", default: 100, min: 2, help: "T in the function." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: (o, v) => new LambdaLR(o, {
      lrLambda: lambdaPreset(v.preset, int(v, "warmupSteps"), int(v, "totalSteps"))
    })
  },
  {
    slug: "multiplicative-lr",
    name: "MultiplicativeLR",
    family: "torch",
    summary: "Multiplies the current lr by a factor at every step after the first.",
    formula: "\\eta_t = \\eta_{t-1} \\cdot \\lambda(t), \\quad \\eta_0 = \\eta_{\\text{base}}",
    usage: (v) => `new MultiplicativeLR(optimizer, { lrLambda: (t) => (t % ${num(v.every)} === 0 ? ${num(v.factor)} : 1) })`,
    options: [
      { key: "factor", kind: "number", default: 0.9, min: 0, max: 2, step: 0.01, help: "λ(t)." },
      {
        key: "every",
        kind: "integer",
        default: 5,
        min: 1,
        help: "Apply the factor every this many steps."
      }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    build: (o, v) => new MultiplicativeLR(o, {
      lrLambda: (t) => t % int(v, "every") === 0 ? v.factor : 1
    })
  },
  {
    slug: "step-lr",
    name: "StepLR",
    family: "torch",
    summary: "Decays the lr by gamma every stepSize steps.",
    formula: "\\eta_t = \\eta_0 \\cdot \\gamma^{\\lfloor t / s \\rfloor}",
    usage: (v) => constructorCall("StepLR", v, ["stepSize", "gamma"]),
    options: [
      { key: "stepSize", kind: "integer", default: 30, min: 1, help: "s: steps between decays." },
      { key: "gamma", kind: "number", default: 0.1, min: 0, max: 1, step: 0.01, help: "γ." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("StepLR")
  },
  {
    slug: "multi-step-lr",
    name: "MultiStepLR",
    family: "torch",
    summary: "Decays the lr by gamma at each milestone.",
    formula: "\\eta_t = \\eta_0 \\cdot \\gamma^{\\,|\\{ m \\in \\text{milestones} : m \\le t \\}|}",
    usage: (v) => constructorCall("MultiStepLR", v, ["milestones", "gamma"]),
    options: [
      {
        key: "milestones",
        kind: "integers",
        default: [30, 80],
        help: "Steps at which the lr is multiplied by γ (comma-separated)."
      },
      { key: "gamma", kind: "number", default: 0.1, min: 0, max: 1, step: 0.01, help: "γ." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("MultiStepLR")
  },
  {
    slug: "constant-lr",
    name: "ConstantLR",
    family: "torch",
    summary: "Holds the lr at a fraction of the base until totalIters, then restores it.",
    formula: "\\eta_t = \\begin{cases} \\eta_0 \\cdot f & t < n \\\\ \\eta_0 & t \\ge n \\end{cases}",
    usage: (v) => constructorCall("ConstantLR", v, ["factor", "totalIters"]),
    options: [
      {
        key: "factor",
        kind: "number",
        default: 0.5,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: "f, in (0, 1]."
      },
      { key: "totalIters", kind: "integer", default: 10, min: 0, help: "n: steps at the factor." }
    ],
    steps: 40,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("ConstantLR")
  },
  {
    slug: "linear-lr",
    name: "LinearLR",
    family: "torch",
    summary: "Moves the multiplier linearly from startFactor to endFactor: the classic warmup.",
    formula: "\\eta_t = \\eta_0 \\left( f_s + (f_e - f_s) \\frac{\\min(t, n)}{n} \\right)",
    usage: (v) => constructorCall("LinearLR", v, ["startFactor", "endFactor", "totalIters"]),
    options: [
      {
        key: "startFactor",
        kind: "number",
        default: 0.1,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: "f_s: multiplier at step 0."
      },
      {
        key: "endFactor",
        kind: "number",
        default: 1,
        min: 0,
        max: 1,
        step: 0.01,
        help: "f_e: multiplier from step n on."
      },
      { key: "totalIters", kind: "integer", default: 20, min: 1, help: "n: steps of the ramp." }
    ],
    steps: 40,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("LinearLR")
  },
  {
    slug: "exponential-lr",
    name: "ExponentialLR",
    family: "torch",
    summary: "Multiplies the lr by gamma at every step.",
    formula: "\\eta_t = \\eta_0 \\cdot \\gamma^{t}",
    usage: (v) => constructorCall("ExponentialLR", v, ["gamma"]),
    options: [
      { key: "gamma", kind: "number", default: 0.95, min: 0, max: 1, step: 5e-3, help: "γ." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("ExponentialLR")
  },
  {
    slug: "polynomial-lr",
    name: "PolynomialLR",
    family: "torch",
    summary: "Decays to zero at totalIters along a polynomial of the remaining fraction.",
    formula: "\\eta_t = \\eta_0 \\left(1 - \\frac{\\min(t, n)}{n}\\right)^{p}",
    usage: (v) => constructorCall("PolynomialLR", v, ["totalIters", "power"]),
    options: [
      { key: "totalIters", kind: "integer", default: 80, min: 1, help: "n: steps to reach 0." },
      { key: "power", kind: "number", default: 2, min: 0, max: 5, step: 0.1, help: "p." }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("PolynomialLR")
  },
  {
    slug: "cosine-annealing-lr",
    name: "CosineAnnealingLR",
    family: "torch",
    summary: "Half a cosine from the base lr down to etaMin over tMax steps (and back up past it, as in PyTorch).",
    formula: "\\eta_t = \\eta_{\\min} + \\tfrac{1}{2}(\\eta_0 - \\eta_{\\min})\\left(1 + \\cos\\frac{\\pi t}{T_{\\max}}\\right)",
    usage: (v) => constructorCall("CosineAnnealingLR", v, ["tMax", "etaMin"]),
    options: [
      { key: "tMax", kind: "integer", default: 100, min: 1, help: "T_max: half period in steps." },
      {
        key: "etaMin",
        kind: "number",
        default: 1e-3,
        min: 0,
        max: 0.1,
        step: 1e-3,
        help: "η_min."
      }
    ],
    steps: 120,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("CosineAnnealingLR")
  },
  {
    slug: "sequential-lr",
    name: "SequentialLR",
    family: "torch",
    summary: "Runs schedulers one after another; here a LinearLR warmup, then a cosine.",
    formula: "\\eta_t = \\text{scheduler}_k(t - m_k) \\quad \\text{for } m_k \\le t < m_{k+1}",
    usage: (v) => [
      "new SequentialLR(optimizer, {",
      "  schedulers: [",
      `    new LinearLR(optimizer, { startFactor: ${num(v.startFactor)}, totalIters: ${num(v.warmupSteps)} }),`,
      `    new CosineAnnealingLR(optimizer, { tMax: ${num(v.tMax)}, etaMin: ${num(v.etaMin)} }),`,
      "  ],",
      `  milestones: [${num(v.warmupSteps)}],`,
      "})"
    ].join("\n"),
    options: [
      { key: "warmupSteps", kind: "integer", default: 10, min: 1, help: "The milestone." },
      {
        key: "startFactor",
        kind: "number",
        default: 0.1,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: "LinearLR start factor."
      },
      { key: "tMax", kind: "integer", default: 90, min: 1, help: "Cosine half period." },
      {
        key: "etaMin",
        kind: "number",
        default: 0,
        min: 0,
        max: 0.1,
        step: 1e-3,
        help: "Cosine floor."
      }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: (v) => ({
      version: 1,
      type: "SequentialLR",
      schedulers: [
        { type: "LinearLR", startFactor: v.startFactor, totalIters: v.warmupSteps },
        { type: "CosineAnnealingLR", tMax: v.tMax, etaMin: v.etaMin }
      ],
      milestones: [v.warmupSteps]
    })
  },
  {
    slug: "chained-scheduler",
    name: "ChainedScheduler",
    family: "torch",
    summary: "Steps several schedulers at once so their factors multiply; here ConstantLR × ExponentialLR.",
    formula: "\\eta_t = \\eta_0 \\cdot \\prod_k f_k(t)",
    usage: (v) => [
      "new ChainedScheduler(optimizer, {",
      "  schedulers: [",
      `    new ConstantLR(optimizer, { factor: ${num(v.factor)}, totalIters: ${num(v.totalIters)} }),`,
      `    new ExponentialLR(optimizer, { gamma: ${num(v.gamma)} }),`,
      "  ],",
      "})"
    ].join("\n"),
    options: [
      {
        key: "factor",
        kind: "number",
        default: 0.5,
        min: 0.01,
        max: 1,
        step: 0.01,
        help: "ConstantLR factor."
      },
      { key: "totalIters", kind: "integer", default: 10, min: 0, help: "ConstantLR length." },
      {
        key: "gamma",
        kind: "number",
        default: 0.97,
        min: 0,
        max: 1,
        step: 5e-3,
        help: "ExponentialLR γ."
      }
    ],
    steps: 60,
    baseLrs: [0.1, 0.05],
    spec: (v) => ({
      version: 1,
      type: "ChainedScheduler",
      schedulers: [
        { type: "ConstantLR", factor: v.factor, totalIters: v.totalIters },
        { type: "ExponentialLR", gamma: v.gamma }
      ]
    })
  },
  {
    slug: "reduce-lr-on-plateau",
    name: "ReduceLROnPlateau",
    family: "torch",
    summary: "Drops the lr by factor when a metric stops improving. The chart feeds it a synthetic validation loss (dashed, right axis).",
    formula: "\\eta \\leftarrow \\max(\\eta \\cdot f, \\eta_{\\min}) \\text{ after more than } \\textit{patience} \\text{ epochs without improvement}",
    usage: (v) => `${constructorCall("ReduceLROnPlateau", v, ["mode", "factor", "patience", "threshold", "thresholdMode", "cooldown", "minLr"])}
// each epoch: scheduler.step(valLoss)`,
    options: [
      {
        key: "mode",
        kind: "select",
        default: "min",
        choices: ["min", "max"],
        help: "'max' is fed 1 − loss, as an accuracy."
      },
      {
        key: "factor",
        kind: "number",
        default: 0.5,
        min: 0.01,
        max: 0.99,
        step: 0.01,
        help: "Multiplier at each drop."
      },
      { key: "patience", kind: "integer", default: 5, min: 0, help: "Bad epochs tolerated." },
      {
        key: "threshold",
        kind: "number",
        default: 1e-4,
        min: 0,
        max: 0.1,
        step: 1e-4,
        help: "Least change that counts as improvement."
      },
      {
        key: "thresholdMode",
        kind: "select",
        default: "rel",
        choices: ["rel", "abs"],
        help: "Relative or absolute threshold."
      },
      {
        key: "cooldown",
        kind: "integer",
        default: 0,
        min: 0,
        help: "Epochs to wait after a drop."
      },
      {
        key: "minLr",
        kind: "number",
        default: 0,
        min: 0,
        max: 0.1,
        step: 1e-3,
        help: "Floor of the lr."
      }
    ],
    steps: 100,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("ReduceLROnPlateau"),
    stepArg: (t, v) => v.mode === "max" ? 1 - syntheticLoss(t) : syntheticLoss(t)
  },
  {
    slug: "cyclic-lr",
    name: "CyclicLR",
    family: "torch",
    summary: "Cycles between baseLr and maxLr (triangular, triangular2 or exp_range), with momentum cycling the other way.",
    formula: "\\eta_t = \\eta_{\\text{base}} + (\\eta_{\\max} - \\eta_{\\text{base}}) \\cdot \\max(0, 1 - |x_t|) \\cdot s(t)",
    usage: (v) => constructorCall("CyclicLR", v, [
      "baseLr",
      "maxLr",
      "stepSizeUp",
      "stepSizeDown",
      "mode",
      "gamma",
      "cycleMomentum",
      "baseMomentum",
      "maxMomentum"
    ]),
    options: [
      {
        key: "baseLr",
        kind: "number",
        default: 0.01,
        min: 0,
        max: 1,
        step: 1e-3,
        help: "Bottom of the cycle."
      },
      {
        key: "maxLr",
        kind: "number",
        default: 0.1,
        min: 0,
        max: 1,
        step: 1e-3,
        help: "Top of the cycle."
      },
      { key: "stepSizeUp", kind: "integer", default: 20, min: 1, help: "Steps going up." },
      { key: "stepSizeDown", kind: "integer", default: 20, min: 1, help: "Steps going down." },
      {
        key: "mode",
        kind: "select",
        default: "triangular2",
        choices: ["triangular", "triangular2", "exp_range"],
        help: "Amplitude policy s(t)."
      },
      {
        key: "gamma",
        kind: "number",
        default: 0.99,
        min: 0.5,
        max: 1,
        step: 1e-3,
        help: "exp_range's γ^t."
      },
      {
        key: "cycleMomentum",
        kind: "boolean",
        default: true,
        help: "Cycle momentum inversely."
      },
      {
        key: "baseMomentum",
        kind: "number",
        default: 0.8,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Momentum at the lr peak."
      },
      {
        key: "maxMomentum",
        kind: "number",
        default: 0.9,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Momentum at the lr bottom."
      }
    ],
    steps: 160,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("CyclicLR")
  },
  {
    slug: "one-cycle-lr",
    name: "OneCycleLR",
    family: "torch",
    summary: "The 1cycle policy: warm up to maxLr, then anneal far below the start; momentum moves the other way.",
    formula: "\\eta: \\tfrac{\\eta_{\\max}}{d} \\nearrow \\eta_{\\max} \\searrow \\tfrac{\\eta_{\\max}}{d \\cdot d_f} \\quad (\\text{peak at } p \\cdot N)",
    usage: (v) => constructorCall("OneCycleLR", v, [
      "maxLr",
      "totalSteps",
      "pctStart",
      "annealStrategy",
      "divFactor",
      "finalDivFactor",
      "threePhase",
      "cycleMomentum",
      "baseMomentum",
      "maxMomentum"
    ]),
    options: [
      {
        key: "maxLr",
        kind: "number",
        default: 0.1,
        min: 0,
        max: 1,
        step: 1e-3,
        help: "η_max: the peak."
      },
      {
        key: "totalSteps",
        kind: "integer",
        default: 100,
        min: 2,
        help: "N: the cycle length (the plot shows all of it)."
      },
      {
        key: "pctStart",
        kind: "number",
        default: 0.3,
        min: 0.01,
        max: 0.99,
        step: 0.01,
        help: "p: fraction spent rising."
      },
      {
        key: "annealStrategy",
        kind: "select",
        default: "cos",
        choices: ["cos", "linear"],
        help: "Shape of each phase."
      },
      { key: "divFactor", kind: "number", default: 25, min: 1, step: 1, help: "d." },
      { key: "finalDivFactor", kind: "number", default: 1e4, min: 1, step: 1, help: "d_f." },
      { key: "threePhase", kind: "boolean", default: false, help: "fast.ai's three phases." },
      { key: "cycleMomentum", kind: "boolean", default: true, help: "Cycle momentum inversely." },
      {
        key: "baseMomentum",
        kind: "number",
        default: 0.85,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Momentum at the lr peak."
      },
      {
        key: "maxMomentum",
        kind: "number",
        default: 0.95,
        min: 0,
        max: 1,
        step: 0.01,
        help: "Momentum at the ends."
      }
    ],
    steps: 100,
    fixedSteps: (v) => v.totalSteps,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("OneCycleLR")
  },
  {
    slug: "cosine-annealing-warm-restarts",
    name: "CosineAnnealingWarmRestarts",
    family: "torch",
    summary: "SGDR: cosine cycles that restart at the base lr, each tMult times longer.",
    formula: "\\eta_t = \\eta_{\\min} + \\tfrac{1}{2}(\\eta_0 - \\eta_{\\min})\\left(1 + \\cos\\frac{\\pi T_{cur}}{T_i}\\right), \\quad T_{i+1} = T_{\\text{mult}} T_i",
    usage: (v) => constructorCall("CosineAnnealingWarmRestarts", v, ["t0", "tMult", "etaMin"]),
    options: [
      { key: "t0", kind: "integer", default: 20, min: 1, help: "T_0: first cycle length." },
      { key: "tMult", kind: "integer", default: 2, min: 1, help: "T_mult: growth per cycle." },
      {
        key: "etaMin",
        kind: "number",
        default: 1e-3,
        min: 0,
        max: 0.1,
        step: 1e-3,
        help: "η_min."
      }
    ],
    steps: 140,
    baseLrs: [0.1, 0.05],
    spec: plainSpec("CosineAnnealingWarmRestarts")
  }
];
const galleryEntries = [
  ...torchEntries,
  ...libraryEntries,
  ...closedFormEntries
];
function entryBySlug(slug) {
  const entry = galleryEntries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`No gallery entry '${slug}'`);
  return entry;
}
function defaultValues(entry) {
  return Object.fromEntries(entry.options.map((o) => [o.key, o.default]));
}
function specOf(entry, values, groups) {
  return entry.spec ? entry.spec(values, groups) : null;
}
function computeCurve(entry, values, baseLrs, steps) {
  const metric = entry.stepArg ? Array.from({ length: steps }, (_, t) => entry.stepArg(t, values)) : null;
  const options = {
    steps,
    baseLrs,
    ...metric ? { metrics: metric.slice(0, steps - 1) } : {}
  };
  const spec = specOf(entry, values, baseLrs.length);
  const build2 = entry.build;
  if (!spec && !build2) throw new Error(`gallery entry ${entry.slug} has neither spec nor build`);
  const curve = spec ? preview(spec, options) : preview((optimizer) => build2(optimizer, values), options);
  return {
    steps: curve.steps,
    lr: curve.lr,
    momentum: curve.momentum ?? null,
    metric
  };
}
const PALETTE = [
  "#3b82f6",
  "#f97316",
  "#10b981",
  "#e11d48",
  "#8b5cf6",
  "#ca8a04",
  "#0891b2"
];
const axisStyle = {
  stroke: "#8a8f98",
  grid: { stroke: "rgba(128,128,128,0.15)", width: 1 },
  ticks: { stroke: "rgba(128,128,128,0.3)", width: 1 }
};
function formatLr(value) {
  if (value === 0) return "0";
  return Math.abs(value) < 1e-3 ? value.toExponential(1) : String(Number(value.toPrecision(3)));
}
function createPlot(UPlot, target, x, series, options) {
  const hasRight = series.some((s) => s.right);
  const opts = {
    width: options.width,
    height: options.height,
    scales: {
      x: { time: false },
      lr: { auto: true },
      ...hasRight ? { right: { auto: true } } : {}
    },
    axes: [
      { ...axisStyle, label: options.xLabel ?? "step" },
      {
        ...axisStyle,
        scale: "lr",
        label: options.leftLabel ?? "learning rate",
        size: 60,
        values: (_u2, ticks) => ticks.map(formatLr)
      },
      ...hasRight ? [
        {
          ...axisStyle,
          scale: "right",
          side: 1,
          label: options.rightLabel ?? "",
          size: 55,
          grid: { show: false }
        }
      ] : []
    ],
    series: [
      { label: "step" },
      ...series.map((s, i) => ({
        label: s.label,
        scale: s.right ? "right" : "lr",
        stroke: PALETTE[i % PALETTE.length] ?? "#3b82f6",
        width: 2,
        ...s.dashed ? { dash: [6, 4] } : {},
        value: (_u2, v) => v === null ? "–" : formatLr(v)
      }))
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } }
  };
  const data = [x.slice(), ...series.map((s) => s.values.slice())];
  return new UPlot(opts, data, target);
}
function publishChart(record) {
  window.__lrkitCharts ?? (window.__lrkitCharts = {});
  window.__lrkitCharts[record.id] = record;
}
function unpublishChart(id) {
  var _a2;
  (_a2 = window.__lrkitCharts) == null ? true : delete _a2[id];
}
const chartId = "compare";
const _sfc_main$3 = /* @__PURE__ */ defineComponent({
  __name: "CompareChart",
  __ssrInlineRender: true,
  setup(__props) {
    const selected = ref([
      "cosine-annealing-lr",
      "one-cycle-lr",
      "step-lr",
      "linear-annealing-lr"
    ]);
    const steps = ref(100);
    const baseLr = ref(0.1);
    const error = ref(null);
    const revision = ref(0);
    const target = ref(null);
    const plot = shallowRef(null);
    let UPlot = null;
    function pad(values, length) {
      return Array.from({ length }, (_, i) => values[i] ?? null);
    }
    function redraw() {
      var _a2;
      if (!UPlot || !target.value) return;
      (_a2 = plot.value) == null ? void 0 : _a2.destroy();
      plot.value = null;
      const slugs = selected.value.slice();
      const x = Array.from({ length: steps.value }, (_, i) => i);
      const curves = [];
      const valueSets = slugs.map((slug) => defaultValues(entryBySlug(slug)));
      try {
        slugs.forEach((slug, i) => {
          var _a3;
          const entry = entryBySlug(slug);
          const length = Math.min(steps.value, ((_a3 = entry.fixedSteps) == null ? void 0 : _a3.call(entry, valueSets[i])) ?? steps.value);
          curves.push(computeCurve(entry, valueSets[i], [baseLr.value], length));
        });
        error.value = null;
      } catch (caught) {
        error.value = caught instanceof Error ? caught.message : String(caught);
      }
      const series = error.value ? [] : curves.map((curve, i) => ({
        label: entryBySlug(slugs[i]).name,
        values: pad(curve.lr[0], x.length)
      }));
      if (series.length > 0) {
        plot.value = createPlot(UPlot, target.value, x, series, {
          width: Math.max(280, target.value.clientWidth),
          height: 360
        });
      }
      revision.value++;
      publishChart({
        id: chartId,
        kind: "compare",
        slugs,
        values: valueSets,
        specs: slugs.map((slug, i) => specOf(entryBySlug(slug), valueSets[i], 1)),
        baseLrs: [baseLr.value],
        steps: steps.value,
        curves: error.value ? [] : curves,
        plotted: plot.value ? plot.value.data.map((a) => Array.from(a)) : [],
        revision: revision.value,
        error: error.value
      });
    }
    onMounted(async () => {
      UPlot = (await import("uplot")).default;
      redraw();
    });
    onBeforeUnmount(() => {
      var _a2;
      (_a2 = plot.value) == null ? void 0 : _a2.destroy();
      unpublishChart(chartId);
    });
    watch([selected, steps, baseLr], redraw, { deep: true });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "lrkit-chart",
        "data-chart-id": chartId,
        "data-revision": revision.value,
        "data-status": error.value ? "error" : revision.value > 0 ? "ready" : "loading"
      }, _attrs))}><div class="lrkit-plot"></div>`);
      if (error.value) {
        _push(`<p class="lrkit-error" role="alert">${ssrInterpolate(error.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<form class="lrkit-controls"><label><span class="lrkit-key">steps</span><input type="number" name="steps" min="2" max="5000"${ssrRenderAttr("value", steps.value)}><small>Steps plotted (fixed-length schedules stop at their end).</small></label><label><span class="lrkit-key">base lr</span><input type="number" name="baseLr" min="0" step="any"${ssrRenderAttr("value", baseLr.value)}><small>One param group.</small></label></form><fieldset class="lrkit-picks"><legend>Schedules (each with its gallery defaults)</legend><!--[-->`);
      ssrRenderList(unref(galleryEntries), (entry) => {
        _push(`<label><input type="checkbox"${ssrRenderAttr("name", entry.slug)}${ssrRenderAttr("value", entry.slug)}${ssrIncludeBooleanAttr(Array.isArray(selected.value) ? ssrLooseContain(selected.value, entry.slug) : selected.value) ? " checked" : ""}> ${ssrInterpolate(entry.name)}</label>`);
      });
      _push(`<!--]--></fieldset></div>`);
    };
  }
});
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/CompareChart.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const _sfc_main$2 = /* @__PURE__ */ defineComponent({
  __name: "GalleryGrid",
  __ssrInlineRender: true,
  props: {
    family: {}
  },
  setup(__props) {
    const props = __props;
    function sparkline(slug) {
      var _a2;
      const entry = galleryEntries.find((e) => e.slug === slug);
      const values = defaultValues(entry);
      const steps = ((_a2 = entry.fixedSteps) == null ? void 0 : _a2.call(entry, values)) ?? entry.steps;
      const lr = computeCurve(entry, values, [entry.baseLrs[0]], steps).lr[0];
      const max = Math.max(...lr) || 1;
      return lr.map(
        (v, i) => `${i === 0 ? "M" : "L"}${(i / (lr.length - 1) * 200).toFixed(1)},${(58 - v / max * 54).toFixed(1)}`
      ).join(" ");
    }
    const entries = galleryEntries.filter((e) => !props.family || e.family === props.family);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "lrkit-grid" }, _attrs))}><!--[-->`);
      ssrRenderList(unref(entries), (entry) => {
        _push(`<a${ssrRenderAttr("href", unref(withBase)(`/gallery/${entry.slug}`))}><svg viewBox="0 0 200 60" preserveAspectRatio="none" aria-hidden="true"><path${ssrRenderAttr("d", sparkline(entry.slug))} fill="none" stroke="var(--vp-c-brand-1)" stroke-width="2" vector-effect="non-scaling-stroke"></path></svg><strong>${ssrInterpolate(entry.name)}</strong><span>${ssrInterpolate(entry.summary)}</span></a>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/GalleryGrid.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const _sfc_main$1 = /* @__PURE__ */ defineComponent({
  __name: "ScheduleChart",
  __ssrInlineRender: true,
  props: {
    slug: {}
  },
  setup(__props) {
    const props = __props;
    const entry = entryBySlug(props.slug);
    const chartId2 = `schedule-${entry.slug}`;
    const values = reactive(defaultValues(entry));
    const baseLrs = ref(entry.baseLrs.slice());
    const stepsInput = ref(entry.steps);
    const error = ref(null);
    const revision = ref(0);
    const steps = computed(() => {
      var _a2;
      return ((_a2 = entry.fixedSteps) == null ? void 0 : _a2.call(entry, values)) ?? stepsInput.value;
    });
    const usage = computed(() => entry.usage(values));
    const specText = computed(() => {
      try {
        const spec = specOf(entry, values, baseLrs.value.length);
        return spec ? JSON.stringify(spec) : null;
      } catch {
        return null;
      }
    });
    const lrTarget = ref(null);
    const momentumTarget = ref(null);
    const plots = shallowRef([]);
    let UPlot = null;
    let resizeObserver = null;
    function textOf(control) {
      const value = values[control.key];
      return Array.isArray(value) ? value.join(", ") : String(value);
    }
    function boundsOf(control) {
      const bounds = {
        step: control.kind === "integer" ? 1 : control.step ?? "any"
      };
      if (control.min !== void 0) bounds.min = control.min;
      if (control.max !== void 0) bounds.max = control.max;
      return bounds;
    }
    function seriesOf(curve) {
      const lr = curve.lr.map((values2, g) => ({ label: `group ${g} lr`, values: values2 }));
      if (curve.metric) lr.push({ label: "metric", values: curve.metric, dashed: true, right: true });
      const momentum = (curve.momentum ?? []).map((values2, g) => ({
        label: `group ${g} momentum`,
        values: values2
      }));
      return { lr, momentum };
    }
    function destroyPlots() {
      for (const plot of plots.value) plot.destroy();
      plots.value = [];
    }
    function widthOf(element) {
      return Math.max(280, Math.floor((element == null ? void 0 : element.clientWidth) ?? 640));
    }
    function publish(snapshot, curve, plotted) {
      revision.value++;
      publishChart({
        id: chartId2,
        kind: "schedule",
        slugs: [entry.slug],
        values: [snapshot],
        specs: [specOf(entry, snapshot, baseLrs.value.length)],
        baseLrs: baseLrs.value.slice(),
        steps: steps.value,
        curves: curve ? [curve] : [],
        plotted,
        revision: revision.value,
        error: error.value
      });
    }
    function redraw() {
      if (!UPlot || !lrTarget.value) return;
      destroyPlots();
      const snapshot = { ...values };
      let curve;
      try {
        curve = computeCurve(entry, snapshot, baseLrs.value, steps.value);
        error.value = null;
      } catch (caught) {
        error.value = caught instanceof Error ? caught.message : String(caught);
        publish(snapshot, null, []);
        return;
      }
      const { lr, momentum } = seriesOf(curve);
      const width = widthOf(lrTarget.value);
      const made = [
        createPlot(UPlot, lrTarget.value, curve.steps, lr, {
          width,
          height: 300,
          rightLabel: "metric"
        })
      ];
      if (momentum.length > 0 && momentumTarget.value) {
        made.push(
          createPlot(UPlot, momentumTarget.value, curve.steps, momentum, {
            width,
            height: 160,
            leftLabel: "momentum"
          })
        );
      }
      plots.value = made;
      const plotted = made.flatMap(
        (plot, i) => plot.data.filter((_, k) => i === 0 || k > 0).map((a) => Array.from(a))
      );
      publish(snapshot, curve, plotted);
    }
    onMounted(async () => {
      UPlot = (await import("uplot")).default;
      redraw();
      resizeObserver = new ResizeObserver(() => {
        const width = widthOf(lrTarget.value);
        for (const plot of plots.value) plot.setSize({ width, height: plot.height });
      });
      if (lrTarget.value) resizeObserver.observe(lrTarget.value);
    });
    onBeforeUnmount(() => {
      resizeObserver == null ? void 0 : resizeObserver.disconnect();
      destroyPlots();
      unpublishChart(chartId2);
    });
    watch([values, baseLrs, stepsInput], redraw, { deep: true });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "lrkit-chart",
        "data-chart-id": chartId2,
        "data-revision": revision.value,
        "data-status": error.value ? "error" : revision.value > 0 ? "ready" : "loading"
      }, _attrs))}><div class="lrkit-plot"></div><div class="lrkit-plot" style="${ssrRenderStyle(!error.value ? null : { display: "none" })}"></div>`);
      if (error.value) {
        _push(`<p class="lrkit-error" role="alert">${ssrInterpolate(error.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<form class="lrkit-controls"><!--[-->`);
      ssrRenderList(unref(entry).options, (control) => {
        _push(`<label${ssrRenderAttr("title", control.help)}><span class="lrkit-key">${ssrInterpolate(control.key)}</span>`);
        if (control.kind === "select") {
          _push(`<select${ssrRenderAttr("name", control.key)}${ssrRenderAttr("value", values[control.key])}><!--[-->`);
          ssrRenderList(control.choices, (choice) => {
            _push(`<option${ssrRenderAttr("value", choice)}>${ssrInterpolate(choice)}</option>`);
          });
          _push(`<!--]--></select>`);
        } else if (control.kind === "boolean") {
          _push(`<input type="checkbox"${ssrRenderAttr("name", control.key)}${ssrIncludeBooleanAttr(values[control.key] === true) ? " checked" : ""}>`);
        } else if (control.kind === "integers" || control.kind === "numbers") {
          _push(`<input type="text"${ssrRenderAttr("name", control.key)}${ssrRenderAttr("value", textOf(control))}>`);
        } else {
          _push(`<input${ssrRenderAttrs(mergeProps({
            type: "number",
            name: control.key,
            value: values[control.key],
            ref_for: true
          }, boundsOf(control)))}>`);
        }
        _push(`<small>${ssrInterpolate(control.help)}</small></label>`);
      });
      _push(`<!--]--><label title="Number of steps plotted"><span class="lrkit-key">steps</span><input type="number" name="steps" min="2" max="5000"${ssrRenderAttr("value", steps.value)}${ssrIncludeBooleanAttr(unref(entry).fixedSteps !== void 0) ? " disabled" : ""}><small>${ssrInterpolate(unref(entry).fixedSteps ? "Fixed by the schedule." : "Steps plotted.")}</small></label><label title="Param groups of the optimizer"><span class="lrkit-key">param groups</span><input type="number" name="groups" min="1" max="4"${ssrRenderAttr("value", baseLrs.value.length)}><small>Each with its own base lr.</small></label><!--[-->`);
      ssrRenderList(baseLrs.value, (lr, g) => {
        _push(`<label><span class="lrkit-key">group ${ssrInterpolate(g)} lr</span><input type="number"${ssrRenderAttr("name", `baseLr${g}`)} min="0" step="any"${ssrRenderAttr("value", lr)}><small>Base lr of the group.</small></label>`);
      });
      _push(`<!--]--></form><div class="language-ts vp-adaptive-theme lrkit-usage"><pre><code>${ssrInterpolate(usage.value)}</code></pre></div>`);
      if (specText.value) {
        _push(`<details class="lrkit-spec"><summary>As a JSON spec (<code>fromSpec</code>, <code>preview</code>)</summary><div class="language-json vp-adaptive-theme lrkit-usage"><pre><code>${ssrInterpolate(specText.value)}</code></pre></div></details>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/ScheduleChart.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "TorchTable",
  __ssrInlineRender: true,
  setup(__props) {
    const rows = torchSchedulerNames.map((name) => {
      var _a2;
      return {
        name,
        kwargs: Object.entries(torchKwargsOf(name)),
        slug: (_a2 = galleryEntries.find((e) => e.name === name)) == null ? void 0 : _a2.slug
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<table${ssrRenderAttrs(mergeProps({ class: "lrkit-torch-table" }, _attrs))}><thead><tr><th>PyTorch scheduler</th><th>keyword argument</th><th>lrkit option</th></tr></thead><tbody><!--[-->`);
      ssrRenderList(unref(rows), (row) => {
        _push(`<!--[--><!--[-->`);
        ssrRenderList(row.kwargs, ([kwarg, option], i) => {
          _push(`<tr>`);
          if (i === 0) {
            _push(`<td${ssrRenderAttr("rowspan", row.kwargs.length)}>`);
            if (row.slug) {
              _push(`<a${ssrRenderAttr("href", unref(withBase)(`/gallery/${row.slug}`))}><code>${ssrInterpolate(row.name)}</code></a>`);
            } else {
              _push(`<code>${ssrInterpolate(row.name)}</code>`);
            }
            _push(`</td>`);
          } else {
            _push(`<!---->`);
          }
          _push(`<td><code>${ssrInterpolate(kwarg)}</code></td><td><code>${ssrInterpolate(option)}</code></td></tr>`);
        });
        _push(`<!--]--><!--]-->`);
      });
      _push(`<!--]--></tbody></table>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/TorchTable.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RawTheme = {
  extends: theme,
  enhanceApp({ app }) {
    app.component("ScheduleChart", _sfc_main$1);
    app.component("CompareChart", _sfc_main$3);
    app.component("GalleryGrid", _sfc_main$2);
    app.component("TorchTable", _sfc_main);
  }
};
const ClientOnly = defineComponent({
  setup(_, { slots }) {
    const show = ref(false);
    onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a2;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a2 = el.parentElement) == null ? void 0 : _a2.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a2;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a2 = el.nextElementSibling) == null ? void 0 : _a2.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title = createTitle(siteData2, pageData);
    if (title !== document.title) {
      document.title = title;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h2) => !isMetaDescription(h2));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          const link2 = entry.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  onMounted(observeLinks);
  const route = useRoute();
  watch(() => route.path, observeLinks);
  onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(RawTheme);
const VitePressApp = defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    onMounted(() => {
      watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString(app, ctx);
  return ctx;
}
export {
  tryOnScopeDispose as a,
  useData as b,
  computedAsync as c,
  useSessionStorage as d,
  useLocalStorage as e,
  useRouter as f,
  createSearchTranslate as g,
  useEventListener as h,
  useScrollLock as i,
  dataSymbol as j,
  inBrowser as k,
  escapeRegExp as l,
  notNullish as n,
  onKeyStroke as o,
  pathToFile as p,
  render,
  toArray as t,
  unrefElement as u,
  watchDebounced as w
};
