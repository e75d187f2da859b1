// Customer Lens insights: draws two models' segment mix and how far they agree, and a backtest of several models,
// from the GraphQL API.
(function () {
    // 20 distinguishable colours: RFM alone declares 16 segments.
    const PALETTE = ['#2f6fdf', '#e8833a', '#3aa76d', '#c2459a', '#8a6be0', '#d9b43b', '#4bb3c8', '#9a5b3c',
        '#6c7a89', '#b8c94a', '#e05d5d', '#1b3f8b', '#f2b880', '#145a32', '#f5a3c7', '#4a2c7a', '#7d6608',
        '#0e6655', '#a04000', '#17202a'];
    const state = { charts: [], backtestCharts: [] };
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

    const BACKTEST = `query($input: BacktestInput!) { backtest(input: $input) {
        calibrationEnd holdoutEnd customers repurchaseRate
        models { model { id } family scored auc topFifthSpendShare
          gains { group customerShare spendShare } segments { code label customers lift }
          prediction { predictedTotal actualTotal byCalibrationPurchases { repeatPurchases orMore actualMean predictedMean } } }
        rankings { measure higherIsBetter models { rank model { id } value customers } } } }`;

    function backtestStatus(text, kind) {
        $('backtest-status').textContent = text;
        $('backtest-status').dataset.state = kind;
    }

    function drawRankings(rankings) {
        const rows = rankings.map((ranking) => `<tr data-measure="${ranking.measure}"><th>${ranking.measure}`
            + ` (${ranking.higherIsBetter ? 'higher' : 'lower'} is better)</th>`
            + ranking.models.map((m) => `<td>${m.rank}. ${m.model.id} <strong>${m.value.toFixed(3)}</strong>`
                + ` <small>n=${m.customers}</small></td>`).join('') + '</tr>').join('');
        $('rankings').innerHTML = `<table class="rankings" id="rankings-table">${rows}</table>`;
    }

    function chart(canvas, config) {
        state.backtestCharts.push(new Chart($(canvas), { ...config, options: { animation: false, maintainAspectRatio: false,
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } } }, ...config.options } }));
    }

    function drawGains(models) {
        const percent = { type: 'linear', min: 0, max: 100 };
        chart('gains', { type: 'line', data: { datasets: [
            { label: 'chance', data: [{ x: 0, y: 0 }, { x: 100, y: 100 }], borderColor: '#9aa5b1', borderDash: [4, 4], pointRadius: 0 },
            ...models.map((m, i) => ({ label: m.model.id, borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
                data: [{ x: 0, y: 0 }, ...m.gains.map((g) => ({ x: g.customerShare * 100, y: g.spendShare * 100 }))] }))] },
            options: { scales: { x: { ...percent, title: { display: true, text: '% of customers, highest ranked first' } },
                y: { ...percent, title: { display: true, text: '% of holdout spend' } } } } });
    }

    function drawLift(models) {
        const bars = models.filter((m) => m.segments).flatMap((m, i) => m.segments.filter((s) => s.customers > 0)
            .map((s) => ({ label: `${m.model.id}: ${s.label}`, lift: s.lift, colour: PALETTE[i % PALETTE.length] })));
        chart('lift', { type: 'bar', data: { labels: bars.map((b) => b.label),
            datasets: [{ label: 'lift (1 = the population)', data: bars.map((b) => b.lift), backgroundColor: bars.map((b) => b.colour) }] },
            options: { indexAxis: 'y', scales: { y: { ticks: { font: { size: 9 } } } } } });
    }

    function drawForecast(models) {
        const forecasts = models.filter((m) => m.prediction);
        const rows = forecasts.length ? forecasts[0].prediction.byCalibrationPurchases : [];
        const labels = rows.map((r) => r.repeatPurchases + (r.orMore ? '+' : ''));
        chart('forecast', { type: 'bar', data: { labels, datasets: [
            { label: 'actual', data: rows.map((r) => r.actualMean), backgroundColor: '#9aa5b1' },
            ...forecasts.map((m, i) => ({ type: 'line', label: `${m.model.id} forecast`, borderColor: PALETTE[(i + 1) % PALETTE.length],
                data: labels.map((label) => (m.prediction.byCalibrationPurchases
                    .find((r) => r.repeatPurchases + (r.orMore ? '+' : '') === label) || {}).predictedMean) }))] },
            options: { scales: { y: { title: { display: true, text: 'holdout purchases per customer' } } } } });
    }

    async function backtest(event) {
        if (event) {
            event.preventDefault();
        }
        state.backtestCharts.forEach((c) => c.destroy());
        state.backtestCharts = [];
        $('rankings').innerHTML = '';
        backtestStatus('Backtesting…', 'busy');
        try {
            const input = { models: $('bt-models').value.split(',').map((m) => m.trim()).filter(Boolean).map((model) => ({ model })) };
            if ($('bt-calibration').value) {
                input.calibrationEnd = $('bt-calibration').value;
            }
            if ($('bt-holdout').value) {
                input.holdoutEnd = $('bt-holdout').value;
            }
            const result = (await graphql(BACKTEST, { input })).backtest;
            drawRankings(result.rankings);
            drawGains(result.models);
            drawLift(result.models);
            drawForecast(result.models);
            backtestStatus(`${result.customers} customers as of ${result.calibrationEnd}; `
                + `${(result.repurchaseRate * 100).toFixed(1)}% bought again by ${result.holdoutEnd}`, 'drawn');
        } catch (e) {
            backtestStatus(e.message, 'error');
        }
    }

    async function start() {
        $('choice').addEventListener('submit', compare);
        $('backtest-choice').addEventListener('submit', backtest);
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
        if (query.get('bt')) { // a backtest reads every customer: drawn when asked for, not on every visit
            $('bt-models').value = query.get('bt');
            $('bt-calibration').value = query.get('cal') || '';
            $('bt-holdout').value = query.get('hold') || '';
            await backtest();
        }
    }

    start();
})();
