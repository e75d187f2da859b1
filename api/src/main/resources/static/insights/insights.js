// Customer Lens insights: draws two models' segment mix and how far they agree, from the GraphQL API.
(function () {
    // 20 distinguishable colours: RFM alone declares 16 segments.
    const PALETTE = ['#2f6fdf', '#e8833a', '#3aa76d', '#c2459a', '#8a6be0', '#d9b43b', '#4bb3c8', '#9a5b3c',
        '#6c7a89', '#b8c94a', '#e05d5d', '#1b3f8b', '#f2b880', '#145a32', '#f5a3c7', '#4a2c7a', '#7d6608',
        '#0e6655', '#a04000', '#17202a'];
    const state = { charts: [] };
    const $ = (id) => document.getElementById(id);

    function key() {
        const fromFragment = new URLSearchParams(location.hash.slice(1)).get('key');
        if (fromFragment) {
            sessionStorage.setItem('customerlens.key', fromFragment);
        }
        return $('key').value || sessionStorage.getItem('customerlens.key') || '';
    }

    async function graphql(query, variables) {
        const headers = { 'Content-Type': 'application/json' };
        const apiKey = key();
        if (apiKey) {
            headers['X-API-Key'] = apiKey;
        }
        const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
        const body = await response.json();
        if (body.errors && body.errors.length) {
            throw new Error(body.errors.map((e) => e.message).join('; '));
        }
        return body.data;
    }

    function status(text, kind) {
        $('status').textContent = text;
        $('status').dataset.state = kind;
    }

    function params(id) {
        const text = $(id).value.trim();
        if (!text) {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (e) {
            throw new Error('params must be a JSON object, e.g. {"bins": 3}: ' + e.message);
        }
    }

    async function loadModels() {
        const data = await graphql('{ models { id family name } }');
        for (const select of [$('model-a'), $('model-b')]) {
            select.innerHTML = data.models.map((m) =>
                `<option value="${m.id}" data-family="${m.family}">${m.name} (${m.id})</option>`).join('');
        }
        state.families = Object.fromEntries(data.models.map((m) => [m.id, m.family]));
    }

    function clearCharts() {
        state.charts.forEach((chart) => chart.destroy());
        state.charts = [];
        $('heatmap').innerHTML = '';
        $('figures').innerHTML = '';
    }

    async function mix(choice) {
        if (state.families[choice.model] !== 'SEGMENTATION') {
            return null;
        }
        const data = await graphql(`query($model: ID!, $params: JSON) { segmentDistribution(model: $model, params: $params) {
            customers segments { code label share count } } }`, choice);
        return { model: choice.model, ...data.segmentDistribution };
    }

    function drawMix(distributions) {
        const shown = distributions.filter(Boolean);
        const labels = shown.map((d, i) => (i === 0 && shown.length > 1 && d.model === shown[1].model ? 'A: ' : '') + d.model);
        const datasets = [];
        shown.forEach((distribution, row) => distribution.segments.forEach((segment, i) => datasets.push({
            label: `${distribution.model}: ${segment.label}`,
            data: shown.map((_, r) => (r === row ? Math.round(segment.share * 1000) / 10 : 0)),
            backgroundColor: PALETTE[i % PALETTE.length],
        })));
        state.charts.push(new Chart($('mix'), {
            type: 'bar',
            data: { labels, datasets },
            options: { indexAxis: 'y', animation: false, maintainAspectRatio: false,
                scales: { x: { stacked: true, max: 100, title: { display: true, text: '% of customers' } }, y: { stacked: true } },
                plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } } } },
        }));
    }

    function figure(label, value) {
        const text = value === null || value === undefined ? '—' : Number(value).toFixed(3);
        return `<div data-figure="${label}"><strong>${text}</strong>${label}</div>`;
    }

    function drawAgreement(agreement) {
        $('comparison-title').textContent = 'Agreement';
        $('figures').innerHTML = figure('agreement rate', agreement.agreementRate) + figure("Cohen's kappa", agreement.kappa)
            + figure('adjusted Rand index', agreement.adjustedRandIndex) + figure("Cramér's V", agreement.cramersV);
        const max = Math.max(1, ...agreement.counts.flat());
        const head = '<tr><th></th>' + agreement.columns.map((c) => `<th>${c.label}</th>`).join('') + '</tr>';
        const rows = agreement.rows.map((row, i) => `<tr><th>${row.label}</th>` + agreement.counts[i].map((count) => {
            const alpha = count / max;
            const color = alpha > 0.55 ? '#fff' : '#1f2933';
            return `<td style="background: rgba(47, 111, 223, ${alpha.toFixed(3)}); color: ${color}">${count}</td>`;
        }).join('') + '</tr>').join('');
        $('heatmap').innerHTML = `<table class="heatmap" id="agreement-heatmap">${head}${rows}</table>`;
        $('comparison-chart-box').hidden = true;
    }

    function drawCorrelation(correlation) {
        $('comparison-title').textContent = 'Rank correlation';
        $('figures').innerHTML = figure('pairs', correlation.pairs).replace('.000', '') + figure('Spearman', correlation.spearman)
            + figure('Kendall tau-b', correlation.kendall);
        $('comparison-chart-box').hidden = false;
        state.charts.push(new Chart($('comparison-chart'), {
            type: 'scatter',
            data: { datasets: [{ label: 'customers', data: correlation.scatter.map((p) => ({ x: p.a, y: p.b })),
                backgroundColor: PALETTE[0] }] },
            options: { animation: false, maintainAspectRatio: false },
        }));
    }

    function drawScoreBySegment(segments) {
        $('comparison-title').textContent = 'Score per segment';
        $('comparison-chart-box').hidden = false;
        state.charts.push(new Chart($('comparison-chart'), {
            type: 'bar',
            data: { labels: segments.map((s) => s.label),
                datasets: [{ label: 'mean score', data: segments.map((s) => s.mean), backgroundColor: PALETTE[2] }] },
            options: { animation: false, maintainAspectRatio: false },
        }));
    }

    async function compare(event) {
        if (event) {
            event.preventDefault();
        }
        clearCharts();
        status('Scoring…', 'busy');
        try {
            const a = { model: $('model-a').value, params: params('params-a') };
            const b = { model: $('model-b').value, params: params('params-b') };
            const [mixA, mixB, data] = await Promise.all([mix(a), mix(b), graphql(`query($a: ModelChoice!, $b: ModelChoice!) {
                compareModels(a: $a, b: $b, sample: 300) { kind customers failed
                  agreement { rows { code label } columns { code label } counts agreementRate kappa adjustedRandIndex cramersV }
                  correlation { pairs spearman kendall scatter { a b } }
                  scoreBySegment { code label count mean } } }`, { a, b })]);
            drawMix([mixA, mixB]);
            const comparison = data.compareModels;
            if (comparison.agreement) {
                drawAgreement(comparison.agreement);
            } else if (comparison.correlation) {
                drawCorrelation(comparison.correlation);
            } else {
                drawScoreBySegment(comparison.scoreBySegment);
            }
            status(`${comparison.customers} customers compared` + (comparison.failed ? `, ${comparison.failed} failed` : ''), 'drawn');
        } catch (e) {
            status(e.message, 'error');
        }
    }

    async function start() {
        $('choice').addEventListener('submit', compare);
        try {
            key();
            await loadModels();
        } catch (e) {
            status(e.message, 'error');
            return;
        }
        const query = new URLSearchParams(location.search);
        $('model-a').value = query.get('a') || 'rfm';
        $('model-b').value = query.get('b') || 'value-tier';
        $('params-a').value = query.get('pa') || '';
        $('params-b').value = query.get('pb') || '';
        await compare();
    }

    start();
})();
