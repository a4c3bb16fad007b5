<?xml version="1.0" encoding="UTF-8"?>
<!--
  CommonPlan's solver benchmark: five solver variants over a list of datasets.
  A FreeMarker template: `java -jar target/commonplan.jar bench` fills in datasets, seconds, seed and directory
  (see the bench command's help) and `production`, the phases of src/main/resources/org/commonplan/solver/
  solverConfig.xml, so the "commonplan" variant is the production configuration by construction.
    timefold-default  Timefold's own defaults: first-fit construction, late acceptance over change and swap moves.
    late-acceptance   the production configuration with late acceptance (400) instead of entity tabu.
    lessons-first     the previous production configuration: lessons constructed first, then meetings where they
                      fit, and one local search that may unschedule a meeting at any time.
    commonplan        the production configuration: meetings first, a first repair of at most 2 s, the
                      conflict-directed search, a repair phase that keeps every meeting scheduled until the
                      schedule is complete, then the full local search.
    no-conflict-search  the production configuration without the conflict-directed search: what it adds.
-->
<plannerBenchmark xmlns="https://timefold.ai/xsd/benchmark">
  <benchmarkDirectory>${directory}</benchmarkDirectory>
  <parallelBenchmarkCount>1</parallelBenchmarkCount>

  <inheritedSolverBenchmark>
    <solver>
      <randomSeed>${seed}</randomSeed>
      <solutionClass>org.commonplan.domain.School</solutionClass>
      <entityClass>org.commonplan.domain.Lesson</entityClass>
      <entityClass>org.commonplan.domain.TeamMeeting</entityClass>
      <scoreDirectorFactory>
        <constraintProviderClass>org.commonplan.solver.ScheduleConstraintProvider</constraintProviderClass>
      </scoreDirectorFactory>
      <termination>
        <secondsSpentLimit>${seconds}</secondsSpentLimit>
      </termination>
    </solver>
    <problemBenchmarks>
      <solutionFileIOClass>org.commonplan.bench.BundleSolutionFileIO</solutionFileIOClass>
      <writeOutputSolutionEnabled>false</writeOutputSolutionEnabled>
<#list datasets as dataset>
      <inputSolutionFile>${dataset}</inputSolutionFile>
</#list>
      <problemStatisticType>BEST_SCORE</problemStatisticType>
      <problemStatisticType>MOVE_EVALUATION_SPEED</problemStatisticType>
    </problemBenchmarks>
  </inheritedSolverBenchmark>

  <solverBenchmark>
    <name>timefold-default</name>
    <solver/>
  </solverBenchmark>

  <solverBenchmark>
    <name>late-acceptance</name>
    <solver>
      ${production?replace("<entityTabuSize>[0-9]+</entityTabuSize>", "<lateAcceptanceSize>400</lateAcceptanceSize>", "r")?replace("<acceptedCountLimit>[0-9]+</acceptedCountLimit>", "<acceptedCountLimit>1</acceptedCountLimit>", "r")?replace("<pickEarlyType>[A-Z_]+</pickEarlyType>", "", "r")}
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>lessons-first</name>
    <solver>
      <constructionHeuristic>
        <queuedEntityPlacer>
          <entitySelector id="lessonPlacer">
            <entityClass>org.commonplan.domain.Lesson</entityClass>
            <cacheType>PHASE</cacheType>
            <selectionOrder>SORTED</selectionOrder>
            <sorterManner>DESCENDING</sorterManner>
          </entitySelector>
          <!-- Block first, then room: two short scans instead of their cartesian product. -->
          <changeMoveSelector>
            <entitySelector mimicSelectorRef="lessonPlacer"/>
            <valueSelector variableName="block"/>
          </changeMoveSelector>
          <changeMoveSelector>
            <entitySelector mimicSelectorRef="lessonPlacer"/>
            <valueSelector variableName="room"/>
          </changeMoveSelector>
        </queuedEntityPlacer>
      </constructionHeuristic>
      <constructionHeuristic>
        <queuedEntityPlacer>
          <entitySelector id="meetingPlacer">
            <entityClass>org.commonplan.domain.TeamMeeting</entityClass>
            <cacheType>PHASE</cacheType>
          </entitySelector>
          <changeMoveSelector>
            <entitySelector mimicSelectorRef="meetingPlacer"/>
            <valueSelector variableName="block"/>
          </changeMoveSelector>
        </queuedEntityPlacer>
      </constructionHeuristic>
      <localSearch>
        <unionMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>3.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.commonplan.domain.Lesson</entityClass>
            </entitySelector>
            <valueSelector variableName="block"/>
          </changeMoveSelector>
          <swapMoveSelector>
            <fixedProbabilityWeight>3.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.commonplan.domain.Lesson</entityClass>
            </entitySelector>
            <variableNameIncludes>
              <variableNameInclude>block</variableNameInclude>
            </variableNameIncludes>
          </swapMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.commonplan.domain.Lesson</entityClass>
            </entitySelector>
            <valueSelector variableName="room"/>
          </changeMoveSelector>
          <!-- A lesson to another block and another room at once: a full room in a teacher's only free period
               is otherwise a dead end for single-variable moves. -->
          <cartesianProductMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <changeMoveSelector>
              <entitySelector id="relocatedLesson">
                <entityClass>org.commonplan.domain.Lesson</entityClass>
              </entitySelector>
              <valueSelector variableName="block"/>
            </changeMoveSelector>
            <changeMoveSelector>
              <entitySelector mimicSelectorRef="relocatedLesson"/>
              <valueSelector variableName="room"/>
            </changeMoveSelector>
          </cartesianProductMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.commonplan.domain.TeamMeeting</entityClass>
            </entitySelector>
            <valueSelector variableName="block"/>
          </changeMoveSelector>
          <moveIteratorFactory>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <moveIteratorFactoryClass>org.commonplan.solver.moves.MeetingToFreeBlockMoveFactory</moveIteratorFactoryClass>
          </moveIteratorFactory>
          <moveIteratorFactory>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <moveIteratorFactoryClass>org.commonplan.solver.moves.MakeRoomForMeetingMoveFactory</moveIteratorFactoryClass>
          </moveIteratorFactory>
        </unionMoveSelector>
        <!-- Entity tabu beat late acceptance on the planted schools (benchmarks/RESULTS.md): on high-large-planted it
             was feasible with 54 of 55 meetings in 20 s where late acceptance with these moves stayed infeasible. -->
        <acceptor>
          <entityTabuSize>7</entityTabuSize>
        </acceptor>
        <forager>
          <acceptedCountLimit>1000</acceptedCountLimit>
        </forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>commonplan</name>
    <solver>
      ${production}
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>no-conflict-search</name>
    <solver>
      ${production?replace("<customPhase>\\s*<customPhaseCommandClass>org\\.commonplan\\.solver\\.moves\\.ConflictDirectedRepair</customPhaseCommandClass>\\s*</customPhase>", "", "r")}
    </solver>
  </solverBenchmark>
</plannerBenchmark>
