// The scenario catalog: plain data. The simulator takes it as an argument
// (createSimulationMachine(scenarios), machineFor(scenarios)); content builds no machine.

export { scenarios, SCENARIO_IDS, getScenario } from './catalog'
