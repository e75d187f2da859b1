var d=`# The model catalogue, for the card's three pickers.
query CardModels {
  models {
    id
    family
    name
  }
}
`;var y=`# One customer with a model of each family: segment, satisfaction and loyalty, with reasons and recommended actions.
query CustomerCard($id: ID!, $segmentation: ID!, $satisfaction: ID!, $loyalty: ID!) {
  customer(id: $id) {
    id
    externalId
    name
    orderSummary {
      count
      total
    }
    segment(model: $segmentation) {
      code
      label
      rank
      reasons
      recommendedActions {
        ...CardAction
      }
    }
    satisfaction(model: $satisfaction) {
      ...CardScore
    }
    loyalty(model: $loyalty) {
      ...CardScore
    }
  }
}

fragment CardScore on Score {
  value
  min
  max
  unit
  band
  explanation
  recommendedActions {
    ...CardAction
  }
}

fragment CardAction on RecommendedAction {
  code
  title
  channel
  priority
}
`;var S=`# The customer's segment changes under the chosen segmentation model, as they happen.
subscription CardSegmentChanges($model: ID!, $customerId: ID!) {
  segmentChanges(model: $model, filter: { customerIds: [$customerId] }) {
    customerId
    model
    direction
    cause
    at
    previous {
      code
      label
      rank
    }
    current {
      code
      label
      rank
    }
  }
}
`;async function m(t,e,n){let a={"Content-Type":"application/json"};n&&(a["X-API-Key"]=n);let i=await fetch("/graphql",{method:"POST",headers:a,body:JSON.stringify({query:t,variables:e})}),r=await i.json();if(r.errors?.length)throw new Error(r.errors.map(o=>o.message).join("; "));if(!i.ok||!r.data)throw new Error(`the server answered ${i.status}`);return r.data}function g(t,e,n,a){let i=location.protocol==="https:"?"wss:":"ws:",r=new WebSocket(`${i}//${location.host}/graphql-ws`,"graphql-transport-ws");return r.onopen=()=>r.send(JSON.stringify({type:"connection_init",payload:n?{apiKey:n}:{}})),r.onmessage=o=>{let u=JSON.parse(o.data);switch(u.type){case"connection_ack":r.send(JSON.stringify({type:"subscribe",id:"1",payload:{query:t,variables:e}})),a.onReady();break;case"ping":r.send(JSON.stringify({type:"pong"}));break;case"next":{let s=u.payload;s.errors?.length?a.onError(s.errors.map(f=>f.message).join("; ")):s.data&&a.onNext(s.data);break}case"error":a.onError(u.payload.map(s=>s.message).join("; "));break}},r.onclose=o=>{o.code!==1e3&&a.onError(`the live connection closed (${o.code}${o.reason?": "+o.reason:""})`)},{close:()=>r.close(1e3)}}var T=[{family:"SEGMENTATION",parameter:"segmentation",preferred:"value-tier"},{family:"SATISFACTION",parameter:"satisfaction",preferred:"nps"},{family:"LOYALTY",parameter:"loyalty",preferred:"composite"}],c=t=>document.getElementById(t),M=new URLSearchParams(location.search),I=null;function D(){let t=new URLSearchParams(location.hash.slice(1)).get("key");return t&&(sessionStorage.setItem("customerlens.key",t),history.replaceState(null,"",location.pathname+location.search)),sessionStorage.getItem("customerlens.key")??""}function l(t,e){let n=c("status");n.dataset.state=t,n.textContent=e}function p(t){let e=document.createElement("span");return e.textContent=t,e.innerHTML}function x(t){return t.length===0?'<p class="muted">No recommended actions.</p>':'<ol class="actions">'+t.map(e=>`<li><span class="priority p${e.priority}">P${e.priority}</span> ${p(e.title)} <span class="channel">${p(e.channel.toLowerCase().replace("_"," "))}</span></li>`).join("")+"</ol>"}function b(t,e){if(!e)return`<section class="score"><h2>${t}</h2><p class="muted">No score.</p></section>`;let n=e.value==null?"\u2014":e.value.toFixed(1);return`<section class="score"><h2>${t}</h2><p class="figure"><strong>${n}</strong> <span class="muted">${e.min}\u2013${e.max} ${p(e.unit)}</span> <span class="band">${p(e.band)}</span></p><p class="reason">${p(e.explanation)}</p>${x(e.recommendedActions)}</section>`}async function O(t){let{models:e}=await m(d,{},t);for(let{family:n,parameter:a,preferred:i}of T){let r=c(a),o=e.filter(s=>s.family===n);r.innerHTML=o.map(s=>`<option value="${p(s.id)}">${p(s.name)}</option>`).join("");let u=M.get(a)??i;r.value=o.some(s=>s.id===u)?u:o[0]?.id??"",r.onchange=()=>{A(t)}}}async function E(t,e,n){let a={id:e,segmentation:c("segmentation").value,satisfaction:c("satisfaction").value,loyalty:c("loyalty").value},{customer:i}=await m(y,a,t);if(!i){l("error",`No customer with id ${e}.`);return}let r=i.segment,o=c("card");if(o.innerHTML=`<header><h1>${p(i.name)}</h1><p class="muted">${p(i.externalId)} \xB7 ${i.orderSummary.count} orders \xB7 ${i.orderSummary.total.toFixed(2)} spent</p></header><section class="segment"><h2>Segment</h2>`+(r?`<p id="segment" class="tier rank${r.rank}" data-code="${p(r.code)}">${p(r.label)}</p><ul class="reasons">${r.reasons.map(u=>`<li>${p(u)}</li>`).join("")}</ul>`+x(r.recommendedActions):'<p id="segment" class="muted">No segment.</p>')+`</section>${b("Satisfaction",i.satisfaction)}${b("Loyalty",i.loyalty)}`,n){let u=n.direction==="UP"?"up":n.direction==="DOWN"?"down":"into";c("change").textContent=`Moved ${u} to ${n.current.label}`+(n.previous?` from ${n.previous.label}`:"")+` (${n.cause.toLowerCase()}, ${n.at})`,c("change").hidden=!1}}async function A(t){let e=M.get("customer")??"";if(!e){l("error","Add ?customer=<id> to the address.");return}try{l("loading","Loading\u2026"),await E(t,e),I?.close();let n={model:c("segmentation").value,customerId:e};I=g(S,n,t,{onReady:()=>l("live","Live: segment changes appear as they happen."),onNext:a=>{E(t,e,a.segmentChanges).then(()=>l("updated","Updated by a segment change."))},onError:a=>l("error",a)})}catch(n){l("error",n.message)}}async function R(){let t=D();try{await O(t),await A(t)}catch(e){l("error",e.message)}}R();
