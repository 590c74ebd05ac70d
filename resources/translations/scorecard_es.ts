<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Balanced Scorecard strategy execution</source>
        <translation>Ejecución de la estrategia con cuadro de mando integral</translation>
    </message>
    <message>
        <source>a .scorecard file to open</source>
        <translation>un archivo .scorecard que abrir</translation>
    </message>
    <message>
        <source>colours: system, light or dark (default: the last chosen)</source>
        <translation>colores: system, light o dark (por defecto: los últimos elegidos)</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark</source>
        <translation>--theme debe ser system, light o dark</translation>
    </message>
</context>
<context>
    <name>scorecard</name>
    <message>
        <source>cannot check the file&apos;s integrity</source>
        <translation>no se puede comprobar la integridad del archivo</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>restore the file from a backup</source>
        <translation>restaure el archivo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>cannot check the file&apos;s references</source>
        <translation>no se pueden comprobar las referencias del archivo</translation>
    </message>
    <message>
        <source>a row of table %1 (rowid %2) refers to a missing %3</source>
        <translation>una fila de la tabla %1 (rowid %2) hace referencia a un elemento inexistente de tipo %3</translation>
    </message>
    <message>
        <source>export to JSON, fix the reference and import again</source>
        <translation>exporte a JSON, corrija la referencia e importe de nuevo</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>the value for &quot;%1&quot; is not a finite number</source>
        <translation>el valor de «%1» no es un número finito</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>no existe el KPI «%1»</translation>
    </message>
    <message>
        <source>there is no initiative &quot;%1&quot;</source>
        <translation>no existe la iniciativa «%1»</translation>
    </message>
    <message>
        <source>the progress of &quot;%1&quot; must be between 0 and 1, got %2</source>
        <translation>el avance de «%1» debe estar entre 0 y 1; se obtuvo %2</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>perspectiva</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilar</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>row 1: the first column must name the KPIs, not a period</source>
        <translation>fila 1: la primera columna debe nombrar los KPI, no un periodo</translation>
    </message>
    <message>
        <source>row 1, column %1: %2</source>
        <translation>fila 1, columna %1: %2</translation>
    </message>
    <message>
        <source>a long file has the columns KPI, period, value and optionally note; a wide file has a KPI column and one column per period</source>
        <translation>un archivo en formato largo tiene las columnas KPI, periodo, valor y, opcionalmente, nota; uno en formato ancho tiene una columna KPI y una columna por periodo</translation>
    </message>
    <message>
        <source>row 1: no %1 column (%2)</source>
        <translation>fila 1: no hay columna %1 (%2)</translation>
    </message>
    <message>
        <source>row 1: no period columns (%1)</source>
        <translation>fila 1: no hay columnas de periodo (%1)</translation>
    </message>
    <message>
        <source>row 1: cannot tell the layout (%1; see --layout)</source>
        <translation>fila 1: no se puede determinar el formato (%1; véase --layout)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (it has an odd number of bytes)</source>
        <translation>el archivo no es UTF-16 válido (tiene un número impar de bytes)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>el archivo no es UTF-16 válido</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (try --encoding windows-1252)</source>
        <translation>el archivo no es UTF-8 válido (pruebe --encoding windows-1252)</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>codificación desconocida</translation>
    </message>
    <message>
        <source>the query must be a SELECT (or WITH ... SELECT): a refresh only reads</source>
        <translation>la consulta debe ser un SELECT (o WITH ... SELECT): una actualización solo lee</translation>
    </message>
    <message>
        <source>the Qt Sql driver %1 is not installed (available: %2)</source>
        <translation>el controlador Qt Sql %1 no está instalado (disponibles: %2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>la consulta falló: %1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not a period</source>
        <translation>%1 no es un periodo</translation>
    </message>
    <message>
        <source>%1 is not a period: %2</source>
        <translation>%1 no es un periodo: %2</translation>
    </message>
    <message>
        <source>year %1 is out of range %2-%3</source>
        <translation>el año %1 está fuera del rango %2-%3</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; must be a string</source>
        <translation>la asignación «%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>la asignación «%1» debe ser una de %2, no «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid period: %2</source>
        <translation>«%1» no es un periodo válido: %2</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Partners &amp; Clients</source>
        <translation>Socios y clientes</translation>
    </message>
    <message>
        <source>Internal Processes</source>
        <translation>Procesos internos</translation>
    </message>
    <message>
        <source>Learning &amp; Growth</source>
        <translation>Aprendizaje y crecimiento</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a text longer than %3 characters</source>
        <translation>%1 «%2» tiene un texto de más de %3 caracteres</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a number that is not finite (NaN or infinity)</source>
        <translation>%1 «%2» tiene un número que no es finito (NaN o infinito)</translation>
    </message>
    <message>
        <source>the %1 form a cycle: %2</source>
        <translation>hay un ciclo en los %1: %2</translation>
    </message>
    <message>
        <source>cannot count the rows of %1</source>
        <translation>no se pueden contar las filas de %1</translation>
    </message>
    <message>
        <source>the file has %1 rows in %2; the limit is %3</source>
        <translation>el archivo tiene %1 filas en %2; el límite es %3</translation>
    </message>
    <message>
        <source>cannot check the values of %1</source>
        <translation>no se pueden comprobar los valores de %1</translation>
    </message>
    <message>
        <source>the file is damaged: table %1 holds the invalid %2 &quot;%3&quot;</source>
        <translation>el archivo está dañado: la tabla %1 contiene un valor de %2 no válido, «%3»</translation>
    </message>
    <message>
        <source>the scorecard</source>
        <translation>el cuadro de mando</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; refers to a missing objective</source>
        <translation>el vínculo de «%1» a «%2» hace referencia a un objetivo inexistente</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot; refers to a missing perspective, pillar, department or objective</source>
        <translation>el objetivo «%1» hace referencia a una perspectiva, pilar, departamento u objetivo inexistente</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the value for %2 is not a finite number</source>
        <translation>KPI «%1»: el valor de %2 no es un número finito</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; refers to a missing objective or department</source>
        <translation>el KPI «%1» hace referencia a un objetivo o departamento inexistente</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>resultado clave</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; refers to a missing objective</source>
        <translation>el OKR «%1» hace referencia a un objetivo inexistente</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot; contributes to a missing objective</source>
        <translation>la iniciativa «%1» contribuye a un objetivo inexistente</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departamentos</translation>
    </message>
    <message>
        <source>objectives&apos; parents</source>
        <translation>padres de los objetivos</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a scorecard</source>
        <translation>el archivo está vacío; no es un cuadro de mando</translation>
    </message>
    <message>
        <source>not a scorecard file (not a SQLite database)</source>
        <translation>no es un archivo de cuadro de mando (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>the file is truncated (shorter than a SQLite header)</source>
        <translation>el archivo está truncado (es más corto que una cabecera SQLite)</translation>
    </message>
    <message>
        <source>not a scorecard file (a SQLite database of another application)</source>
        <translation>no es un archivo de cuadro de mando (es una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>this file was made by a newer version (schema %1)</source>
        <translation>este archivo se creó con una versión más reciente (esquema %1)</translation>
    </message>
    <message>
        <source>not a scorecard file (no schema version)</source>
        <translation>no es un archivo de cuadro de mando (no tiene versión de esquema)</translation>
    </message>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>el controlador SQLite no expuso su identificador</translation>
    </message>
    <message>
        <source>cannot configure SQLite&apos;s safety options</source>
        <translation>no se pueden configurar las opciones de seguridad de SQLite</translation>
    </message>
    <message>
        <source>cannot move the new file into place: %1</source>
        <translation>no se puede mover el archivo nuevo a su ubicación: %1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Datos desactualizados</translation>
    </message>
    <message>
        <source>1 KPI</source>
        <translation>1 KPI</translation>
    </message>
    <message>
        <source>%1 KPIs</source>
        <translation>%1 KPI</translation>
    </message>
    <message>
        <source>1 OKR</source>
        <translation>1 OKR</translation>
    </message>
    <message>
        <source>%1 OKRs</source>
        <translation>%1 OKR</translation>
    </message>
    <message>
        <source>1 initiative</source>
        <translation>1 iniciativa</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 iniciativas</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>no se puede leer %1: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>no se puede leer %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read %1: it has %2 MB, more than a data source may give (%3 MB)</source>
        <translation>no se puede leer %1: tiene %2 MB, más de lo que puede dar una fuente de datos (%3 MB)</translation>
    </message>
    <message>
        <source>the query was stopped after %1 seconds</source>
        <translation>la consulta se detuvo tras %1 segundos</translation>
    </message>
    <message>
        <source>the query gives more than %1 MB of values; narrow it down</source>
        <translation>la consulta da más de %1 MB de valores; acótela</translation>
    </message>
</context>
<context>
    <name>scorecard::Alignment</name>
    <message>
        <source>Every objective of perspective &quot;%1&quot; has weight 0.</source>
        <translation>Todos los objetivos de la perspectiva «%1» tienen peso 0.</translation>
    </message>
    <message>
        <source>Every objective of pillar &quot;%1&quot; has weight 0.</source>
        <translation>Todos los objetivos del pilar «%1» tienen peso 0.</translation>
    </message>
    <message>
        <source>Every objective of department &quot;%1&quot; has weight 0.</source>
        <translation>Todos los objetivos del departamento «%1» tienen peso 0.</translation>
    </message>
</context>
<context>
    <name>scorecard::ChangeScorecardInfoCommand</name>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <source>Edit scorecard settings</source>
        <translation>Editar la configuración del cuadro de mando</translation>
    </message>
</context>
<context>
    <name>scorecard::Checker</name>
    <message>
        <source>KPI &quot;%1&quot; is not linked to an objective: it measures nothing in the strategy.</source>
        <translation>El KPI «%1» no está vinculado a ningún objetivo: no mide nada de la estrategia.</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is linked to objective &quot;%2&quot;, which does not exist.</source>
        <translation>El KPI «%1» está vinculado al objetivo «%2», que no existe.</translation>
    </message>
    <message>
        <source>link it to the objective it measures, or remove it</source>
        <translation>vincúlelo al objetivo que mide, o elimínelo</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; is not connected to an objective.</source>
        <translation>El OKR «%1» no está conectado a ningún objetivo.</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; is connected to objective &quot;%2&quot;, which does not exist.</source>
        <translation>El OKR «%1» está conectado al objetivo «%2», que no existe.</translation>
    </message>
    <message>
        <source>connect it to the objective it serves, or remove it</source>
        <translation>conéctelo al objetivo al que sirve, o elimínelo</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot; contributes to no objective: its budget has no defined strategic purpose.</source>
        <translation>La iniciativa «%1» no contribuye a ningún objetivo: su presupuesto no tiene un propósito estratégico definido.</translation>
    </message>
    <message>
        <source>add the objectives it drives, with a contribution weight each</source>
        <translation>añada los objetivos que impulsa, cada uno con un peso de contribución</translation>
    </message>
    <message>
        <source>Every contribution of initiative &quot;%1&quot; has weight 0: it counts for nothing.</source>
        <translation>Todas las contribuciones de la iniciativa «%1» tienen peso 0: no cuenta para nada.</translation>
    </message>
    <message>
        <source>give at least one contribution a weight above 0</source>
        <translation>asigne a al menos una contribución un peso mayor que 0</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot; ended on %2 and is not done (progress %3%).</source>
        <translation>La iniciativa «%1» terminó el %2 y no está completada (avance %3%).</translation>
    </message>
    <message>
        <source>mark it done or cancelled, or move its end date</source>
        <translation>márquela como completada o cancelada, o cambie su fecha de fin</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot; has no KPI, OKR, initiative or supporting objective: it can never be scored.</source>
        <translation>El objetivo «%1» no tiene ningún KPI, OKR, iniciativa ni objetivo de apoyo: nunca se podrá puntuar.</translation>
    </message>
    <message>
        <source>add a KPI that shows whether it is achieved</source>
        <translation>añada un KPI que muestre si se logra</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot; has no cause-and-effect link: the map does not say what it drives or what drives it.</source>
        <translation>El objetivo «%1» no tiene ningún vínculo causa-efecto: el mapa no indica qué impulsa ni qué lo impulsa.</translation>
    </message>
    <message>
        <source>draw a link to the objective it helps achieve</source>
        <translation>trace un vínculo hacia el objetivo que ayuda a lograr</translation>
    </message>
    <message>
        <source>Perspective &quot;%1&quot; has no objectives.</source>
        <translation>La perspectiva «%1» no tiene objetivos.</translation>
    </message>
    <message>
        <source>add the objectives of this perspective, or remove it</source>
        <translation>añada los objetivos de esta perspectiva, o elimínela</translation>
    </message>
    <message>
        <source>Pillar &quot;%1&quot; has no objectives.</source>
        <translation>El pilar «%1» no tiene objetivos.</translation>
    </message>
    <message>
        <source>assign the objectives that serve this theme, or remove it</source>
        <translation>asigne los objetivos que sirven a este tema, o elimínelo</translation>
    </message>
    <message>
        <source>Pillar &quot;%1&quot; has objectives in one perspective only: a strategic theme usually runs from Learning &amp; Growth up to Financial.</source>
        <translation>El pilar «%1» solo tiene objetivos en una perspectiva: un tema estratégico suele ir desde Aprendizaje y crecimiento hasta Finanzas.</translation>
    </message>
    <message>
        <source>assign objectives from the other perspectives that serve this theme</source>
        <translation>asigne objetivos de las demás perspectivas que sirvan a este tema</translation>
    </message>
    <message>
        <source>The link from &quot;%1&quot; (%2) to &quot;%3&quot; (%4) points downward: effects normally sit in a higher perspective than their causes.</source>
        <translation>El vínculo de «%1» (%2) a «%3» (%4) apunta hacia abajo: los efectos suelen estar en una perspectiva superior a la de sus causas.</translation>
    </message>
    <message>
        <source>check the direction of the link; reverse it if it was drawn the wrong way</source>
        <translation>compruebe la dirección del vínculo; inviértalo si se trazó al revés</translation>
    </message>
    <message>
        <source>The link from &quot;%1&quot; to &quot;%2&quot; closes a cycle: %3.</source>
        <translation>El vínculo de «%1» a «%2» cierra un ciclo: %3.</translation>
    </message>
    <message>
        <source>cause and effect should not go round in a circle: remove or reverse one link</source>
        <translation>la causa y el efecto no deberían girar en círculo: elimine o invierta un vínculo</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is scored by goal and red flag but lacks one of them.</source>
        <translation>El KPI «%1» se puntúa por valor ideal y alerta roja, pero le falta uno de ellos.</translation>
    </message>
    <message>
        <source>set both the goal and the red flag</source>
        <translation>defina tanto el valor ideal como la alerta roja</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its goal equal to its red flag: it cannot be scored.</source>
        <translation>El KPI «%1» tiene el valor ideal igual a la alerta roja: no se puede puntuar.</translation>
    </message>
    <message>
        <source>set a goal different from the red flag</source>
        <translation>defina un valor ideal distinto de la alerta roja</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is scored against a range but lacks a bound.</source>
        <translation>El KPI «%1» se puntúa respecto a un rango, pero le falta un límite.</translation>
    </message>
    <message>
        <source>set both ends of the target range</source>
        <translation>defina ambos extremos del rango meta</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its range low above its range high: it cannot be scored.</source>
        <translation>El KPI «%1» tiene el mínimo del rango por encima del máximo: no se puede puntuar.</translation>
    </message>
    <message>
        <source>swap the two ends of the range</source>
        <translation>intercambie los dos extremos del rango</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has no target: nobody can tell whether it is good enough.</source>
        <translation>El KPI «%1» no tiene meta: nadie puede saber si es suficientemente bueno.</translation>
    </message>
    <message>
        <source>set a target (and a baseline to measure progress from)</source>
        <translation>defina una meta (y una línea base desde la que medir el avance)</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its target equal to its baseline: there is no distance to cover, so it cannot be scored.</source>
        <translation>El KPI «%1» tiene la meta igual a la línea base: no hay distancia que recorrer, así que no se puede puntuar.</translation>
    </message>
    <message>
        <source>set the baseline to where the KPI started</source>
        <translation>establezca como línea base el valor del que partió el KPI</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has no measurement up to %2.</source>
        <translation>El KPI «%1» no tiene ninguna medición hasta %2.</translation>
    </message>
    <message>
        <source>enter its first value, or ask its owner to</source>
        <translation>introduzca su primer valor, o pida a su responsable que lo haga</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is stale: its latest value is for %2.</source>
        <translation>El KPI «%1» está desactualizado: su último valor es de %2.</translation>
    </message>
    <message>
        <source>enter the values of the periods since then</source>
        <translation>introduzca los valores de los periodos transcurridos desde entonces</translation>
    </message>
    <message>
        <source>give at least one of them a weight above 0</source>
        <translation>asigne a al menos uno de ellos un peso mayor que 0</translation>
    </message>
    <message>
        <source>Every input of objective &quot;%1&quot; has weight 0: it can never be scored.</source>
        <translation>Todas las entradas del objetivo «%1» tienen peso 0: nunca se podrá puntuar.</translation>
    </message>
    <message>
        <source>Every key result of OKR &quot;%1&quot; has weight 0.</source>
        <translation>Todos los resultados clave del OKR «%1» tienen peso 0.</translation>
    </message>
    <message>
        <source>The map has %1 objectives; Kaplan and Norton advise roughly 15 to 25, so that the strategy stays focused and fits on one page.</source>
        <translation>El mapa tiene %1 objetivos; Kaplan y Norton aconsejan entre 15 y 25 aproximadamente, para que la estrategia siga centrada y quepa en una página.</translation>
    </message>
    <message>
        <source>merge related objectives, or move detail into cascaded scorecards</source>
        <translation>fusione objetivos relacionados, o traslade el detalle a cuadros de mando en cascada</translation>
    </message>
</context>
<context>
    <name>scorecard::ColorField</name>
    <message>
        <source>#rrggbb, empty for the default</source>
        <translation>#rrggbb, vacío para el predeterminado</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>scorecard::Command</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>Error al deshacer %1: %2</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Añadir %1 «%2»</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>no existe %1 «%2»</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>Editar %1 «%2»</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>Eliminar %1 «%2»</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImport</name>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>ancho</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>row %1: the file starts with blank rows; the header must be in row 1</source>
        <translation>fila %1: el archivo empieza con filas vacías; la cabecera debe estar en la fila 1</translation>
    </message>
    <message>
        <source>%1 has a decimal comma, but the file&apos;s other values use decimal points</source>
        <translation>%1 tiene coma decimal, pero los demás valores del archivo usan punto decimal</translation>
    </message>
    <message>
        <source>%1 has a decimal point, but the file&apos;s other values use decimal commas</source>
        <translation>%1 tiene punto decimal, pero los demás valores del archivo usan coma decimal</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (quote cells that contain the delimiter)</source>
        <translation>%1 celdas, pero la cabecera tiene %2 columnas (entrecomille las celdas que contengan el delimitador)</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>sin KPI</translation>
    </message>
    <message>
        <source>%1 is %2, but KPI %3 is %4</source>
        <translation>%1 es %2, pero el KPI %3 es %4</translation>
    </message>
    <message>
        <source>a second value for KPI %1 in %2</source>
        <translation>un segundo valor para el KPI %1 en %2</translation>
    </message>
    <message>
        <source>%1 (the first is in row %2, column %3)</source>
        <translation>%1 (el primero está en la fila %2, columna %3)</translation>
    </message>
    <message>
        <source>%1 (the first is in row %2)</source>
        <translation>%1 (el primero está en la fila %2)</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>la nota tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>a value in a column without a period</source>
        <translation>un valor en una columna sin periodo</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>sin periodo</translation>
    </message>
    <message>
        <source>the file has 1 error: nothing was imported</source>
        <translation>el archivo tiene 1 error: no se importó nada</translation>
    </message>
    <message>
        <source>the file has %1 errors: nothing was imported</source>
        <translation>el archivo tiene %1 errores: no se importó nada</translation>
    </message>
    <message>
        <source>Import 1 value from CSV</source>
        <translation>Importar 1 valor desde CSV</translation>
    </message>
    <message>
        <source>Import %1 values from CSV</source>
        <translation>Importar %1 valores desde CSV</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImport::Issue</name>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>A CSV or TSV file with KPI values</source>
        <translation>Un archivo CSV o TSV con valores de KPI</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Long: KPI, period, value per row</source>
        <translation>Largo: KPI, periodo y valor por fila</translation>
    </message>
    <message>
        <source>Wide: one row per KPI, a column per period</source>
        <translation>Ancho: una fila por KPI, una columna por periodo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Point: 1,234.5</source>
        <translation>Punto: 1,234.5</translation>
    </message>
    <message>
        <source>Comma: 1.234,5</source>
        <translation>Coma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>D&amp;ecimal:</source>
        <translation>D&amp;ecimal:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leer como:</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors (import the other rows)</source>
        <translation>&amp;Omitir filas con errores (importar las demás filas)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV y TSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Elija un archivo CSV para importar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Writing the values into the scorecard…</source>
        <translation>Escribiendo los valores en el cuadro de mando…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>Se canceló la lectura de %1: no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>El cuadro de mando es de solo lectura: %1</translation>
    </message>
    <message>
        <source>The file has 1 error (listed first below). Fix it, or tick “Skip rows with errors” to import the other rows.</source>
        <translation>El archivo tiene 1 error (se muestra primero abajo). Corríjalo, o marque «Omitir filas con errores» para importar las demás filas.</translation>
    </message>
    <message>
        <source>The file has %1 errors (listed first below). Fix them, or tick “Skip rows with errors” to import the other rows.</source>
        <translation>El archivo tiene %1 errores (se muestran primero abajo). Corríjalos, o marque «Omitir filas con errores» para importar las demás filas.</translation>
    </message>
    <message>
        <source>Nothing to change: every value in the file is already in the scorecard.</source>
        <translation>Nada que cambiar: todos los valores del archivo ya están en el cuadro de mando.</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layout, %3, %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: formato %2, %3, %4, %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to add, &lt;b&gt;%2&lt;/b&gt; to overwrite, %3 unchanged, %4 blank cells skipped, &lt;b&gt;%5&lt;/b&gt; errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; por añadir, &lt;b&gt;%2&lt;/b&gt; por sobrescribir, %3 sin cambios, %4 celdas vacías omitidas, &lt;b&gt;%5&lt;/b&gt; errores.</translation>
    </message>
    <message>
        <source>1 row with errors will be skipped.</source>
        <translation>Se omitirá 1 fila con errores.</translation>
    </message>
    <message>
        <source>%1 rows with errors will be skipped.</source>
        <translation>Se omitirán %1 filas con errores.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Columnas no usadas: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Se canceló la importación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvPreviewModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Value (old → new)</source>
        <translation>Valor (anterior → nuevo)</translation>
    </message>
    <message>
        <source>Note or problem</source>
        <translation>Nota o problema</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvTable</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV first</source>
        <translation>es un libro de hoja de cálculo (.xlsx u .ods), no un CSV: guárdelo primero como CSV</translation>
    </message>
    <message>
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>el delimitador debe ser una coma, un punto y coma o un tabulador</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL characters</source>
        <translation>no es un archivo de texto: contiene caracteres NUL</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is never closed</source>
        <translation>fila %1: una celda entrecomillada no se cierra nunca</translation>
    </message>
    <message>
        <source>row %1: text after the closing quote of a quoted cell</source>
        <translation>fila %1: hay texto después de las comillas de cierre de una celda entrecomillada</translation>
    </message>
</context>
<context>
    <name>scorecard::DataActions</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import KPI values from a CSV file, with a preview first</source>
        <translation>Importar valores de KPI desde un archivo CSV, con una vista previa antes</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>&amp;Exportar datos…</translation>
    </message>
    <message>
        <source>Write every KPI value to a CSV file (long or wide layout)</source>
        <translation>Escribir todos los valores de KPI en un archivo CSV (formato largo o ancho)</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Actualizar todo</translation>
    </message>
    <message>
        <source>Read every data source again (one undo step)</source>
        <translation>Volver a leer todas las fuentes de datos (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Data &amp;Sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <source>Connect KPIs to CSV files and databases</source>
        <translation>Conectar los KPI a archivos CSV y bases de datos</translation>
    </message>
    <message>
        <source>Cannot refresh the data sources: %1</source>
        <translation>No se pueden actualizar las fuentes de datos: %1</translation>
    </message>
    <message>
        <source>Password for “%1”</source>
        <translation>Contraseña de «%1»</translation>
    </message>
    <message>
        <source>Password for the data source “%1” (%2).
It is kept in memory until Scorecard Studio closes, never written to the scorecard or to disk.</source>
        <translation>Contraseña de la fuente de datos «%1» (%2).
Se guarda en memoria hasta que se cierre Scorecard Studio; nunca se escribe en el cuadro de mando ni en el disco.</translation>
    </message>
    <message>
        <source>1 value changed.</source>
        <translation>1 valor modificado.</translation>
    </message>
    <message>
        <source>%1 values changed.</source>
        <translation>%1 valores modificados.</translation>
    </message>
    <message>
        <source>Data source refreshed: %1</source>
        <translation>Fuente de datos actualizada: %1</translation>
    </message>
    <message>
        <source>%1 data sources refreshed: %2</source>
        <translation>%1 fuentes de datos actualizadas: %2</translation>
    </message>
    <message>
        <source>Refresh: %1 of %2 data sources failed (see Problems); their KPIs keep their values. %3</source>
        <translation>Actualización: fallaron %1 de %2 fuentes de datos (véase Problemas); sus KPI conservan sus valores. %3</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV y TSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importación completada: %1.</translation>
    </message>
    <message>
        <source>no scorecard is open</source>
        <translation>no hay ningún cuadro de mando abierto</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>CSV, one row per value (long) (*.csv)</source>
        <translation>CSV, una fila por valor (largo) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per KPI (wide) (*.csv)</source>
        <translation>CSV, una fila por KPI (ancho) (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>The data was not exported: %1</source>
        <translation>No se exportaron los datos: %1</translation>
    </message>
    <message>
        <source>Exported the KPI values to %1.</source>
        <translation>Se exportaron los valores de KPI a %1.</translation>
    </message>
    <message>
        <source>Scorecard Studio</source>
        <translation>Scorecard Studio</translation>
    </message>
    <message>
        <source>&amp;Allow Refresh</source>
        <translation>&amp;Permitir actualizar</translation>
    </message>
    <message>
        <source>Read these sources now, and on their own from now on</source>
        <translation>Leer estas fuentes ahora y, desde ahora, por sí solas</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the data sources this scorecard names? %1</source>
        <translation>¿Leer las fuentes de datos que nombra este cuadro de mando? %1</translation>
    </message>
    <message>
        <source>Refresh All</source>
        <translation>Actualizar todo</translation>
    </message>
    <message>
        <source>This scorecard reads its data from files or databases on this computer or network; they are not read until you allow it (a file from someone else may name any file or database): %1.</source>
        <translation>Este cuadro de mando lee sus datos de archivos o bases de datos de este equipo o de la red; no se leen hasta que usted lo permita (un archivo de otra persona puede nombrar cualquier archivo o base de datos): %1.</translation>
    </message>
</context>
<context>
    <name>scorecard::DataRefresh</name>
    <message>
        <source>the database needs a password and none was given (it is asked for when refreshing, never stored)</source>
        <translation>la base de datos necesita una contraseña y no se proporcionó ninguna (se pide al actualizar y nunca se guarda)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source> (and 1 more error)</source>
        <translation> (y 1 error más)</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (y %1 errores más)</translation>
    </message>
    <message>
        <source>row %1: the value of KPI &quot;%2&quot; for %3 is also given by data source &quot;%4&quot;</source>
        <translation>fila %1: el valor del KPI «%2» para %3 también lo proporciona la fuente de datos «%4»</translation>
    </message>
    <message>
        <source>cannot read %1: it grew past %2 MB while being read</source>
        <translation>no se puede leer %1: creció por encima de %2 MB durante la lectura</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourceEditor</name>
    <message>
        <source>Add Data Source</source>
        <translation>Añadir fuente de datos</translation>
    </message>
    <message>
        <source>Edit Data Source</source>
        <translation>Editar fuente de datos</translation>
    </message>
    <message>
        <source>e.g. Sales sheet</source>
        <translation>p. ej., Hoja de ventas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>CSV or TSV file</source>
        <translation>Archivo CSV o TSV</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>Consulta SQL</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>relative to the scorecard&apos;s folder, or absolute</source>
        <translation>relativo a la carpeta del cuadro de mando, o absoluto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Long: KPI, period, value per row</source>
        <translation>Largo: KPI, periodo y valor por fila</translation>
    </message>
    <message>
        <source>Wide: one row per KPI, a column per period</source>
        <translation>Ancho: una fila por KPI, una columna por periodo</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>Contro&amp;lador:</translation>
    </message>
    <message>
        <source>a SQLite file, or the database&apos;s name</source>
        <translation>un archivo SQLite, o el nombre de la base de datos</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Ask for a &amp;password when refreshing</source>
        <translation>&amp;Pedir una contraseña al actualizar</translation>
    </message>
    <message>
        <source>The password is asked for at the first refresh and kept in memory until Scorecard Studio closes. It is never stored in the scorecard or anywhere else.</source>
        <translation>La contraseña se pide en la primera actualización y se guarda en memoria hasta que se cierre Scorecard Studio. Nunca se almacena en el cuadro de mando ni en ningún otro lugar.</translation>
    </message>
    <message>
        <source>SELECT month AS period, total AS value FROM sales WHERE region = &apos;north&apos;</source>
        <translation>SELECT month AS period, total AS value FROM sales WHERE region = &apos;north&apos;</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>C&amp;onsulta:</translation>
    </message>
    <message>
        <source>Named by the query (a KPI column)</source>
        <translation>Indicado por la consulta (una columna KPI)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Values of &amp;KPI:</source>
        <translation>Valores del &amp;KPI:</translation>
    </message>
    <message>
        <source>Only these KPIs (none ticked: every KPI the source names):</source>
        <translation>Solo estos KPI (si no se marca ninguno: todos los KPI que nombre la fuente):</translation>
    </message>
    <message>
        <source>KPI filter</source>
        <translation>Filtro de KPI</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <source>Data Source File</source>
        <translation>Archivo de la fuente de datos</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV y TSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>El nombre es obligatorio</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elija el archivo CSV</translation>
    </message>
    <message>
        <source>No such file: %1 (a refresh fails until it exists)</source>
        <translation>No existe el archivo: %1 (las actualizaciones fallarán hasta que exista)</translation>
    </message>
    <message>
        <source>No Qt Sql driver is installed</source>
        <translation>No hay ningún controlador Qt Sql instalado</translation>
    </message>
    <message>
        <source>Name the database (for SQLite: its file)</source>
        <translation>Indique la base de datos (para SQLite: su archivo)</translation>
    </message>
    <message>
        <source>A database name cannot contain “;”</source>
        <translation>El nombre de una base de datos no puede contener «;»</translation>
    </message>
    <message>
        <source>The Qt Sql driver %1 is not installed</source>
        <translation>El controlador Qt Sql %1 no está instalado</translation>
    </message>
    <message>
        <source>Write a SELECT that returns period and value columns</source>
        <translation>Escriba un SELECT que devuelva las columnas period y value</translation>
    </message>
    <message>
        <source>A refresh only reads: the query must be a SELECT (or WITH … SELECT)</source>
        <translation>Una actualización solo lee: la consulta debe ser un SELECT (o WITH … SELECT)</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>El cuadro de mando es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Point: 1,234.5</source>
        <translation>Punto: 1,234.5</translation>
    </message>
    <message>
        <source>Comma: 1.234,5</source>
        <translation>Coma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>D&amp;ecimal:</source>
        <translation>D&amp;ecimal:</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourceSettings</name>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>la asignación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown mapping key &quot;%1&quot; for a %2 source (known: %3)</source>
        <translation>clave de asignación desconocida «%1» para una fuente %2 (conocidas: %3)</translation>
    </message>
    <message>
        <source>the location is empty</source>
        <translation>la ubicación está vacía</translation>
    </message>
    <message>
        <source>a sql source needs a &quot;query&quot; in its mapping</source>
        <translation>una fuente sql necesita «query» en su asignación</translation>
    </message>
    <message>
        <source>a sql location is written DRIVER:DATABASE, e.g. QSQLITE:sales.db</source>
        <translation>una ubicación sql se escribe DRIVER:DATABASE, p. ej., QSQLITE:sales.db</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver name (e.g. QSQLITE, QPSQL, QODBC)</source>
        <translation>«%1» no es un nombre de controlador (p. ej., QSQLITE, QPSQL, QODBC)</translation>
    </message>
    <message>
        <source>the sql location names no database</source>
        <translation>la ubicación sql no indica ninguna base de datos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port</source>
        <translation>«%1» no es un puerto</translation>
    </message>
    <message>
        <source>a password is never stored in the scorecard: use the driver&apos;s own way (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for QODBC)</source>
        <translation>nunca se guarda una contraseña en el cuadro de mando: use el mecanismo propio del controlador (PGPASSWORD o ~/.pgpass para QPSQL, el DSN para QODBC)</translation>
    </message>
    <message>
        <source>unknown sql location setting &quot;%1&quot; (known: host, port, user)</source>
        <translation>ajuste de ubicación sql desconocido «%1» (conocidos: host, port, user)</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>A data source keeps KPIs current from a CSV file or a database query. Once you have allowed a file&apos;s sources on this computer (those you add here are), they are read when the scorecard opens, on Refresh All, when a connected file changes and on the interval below; each refresh is one undo step. A failing source keeps its KPIs&apos; values and shows its error in the Problems dock.&lt;br&gt;&lt;b&gt;Passwords are never stored.&lt;/b&gt; A database that needs one is asked for it at the first refresh; the password is kept in memory until Scorecard Studio closes (no system keyring is used).</source>
        <translation>Una fuente de datos mantiene los KPI al día a partir de un archivo CSV o de una consulta a una base de datos. Una vez que haya permitido las fuentes de un archivo en este equipo (las que añada aquí lo están), se leen al abrir el cuadro de mando, con «Actualizar todo», cuando cambia un archivo conectado y con el intervalo indicado abajo; cada actualización es un paso de deshacer. Una fuente que falla conserva los valores de sus KPI y muestra su error en el panel Problemas.&lt;br&gt;&lt;b&gt;Las contraseñas nunca se guardan.&lt;/b&gt; Si una base de datos necesita una, se le pedirá en la primera actualización; la contraseña se guarda en memoria hasta que se cierre Scorecard Studio (no se usa ningún llavero del sistema).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Last good refresh</source>
        <translation>Última actualización correcta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Actualizar &amp;todo</translation>
    </message>
    <message>
        <source>Also refresh &amp;every</source>
        <translation>Actualizar también &amp;cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>0: only on opening, on Refresh All and when a file changes</source>
        <translation>0: solo al abrir, con «Actualizar todo» y cuando cambia un archivo</translation>
    </message>
    <message>
        <source>(for any scorecard open in Scorecard Studio on this computer)</source>
        <translation>(para cualquier cuadro de mando abierto en Scorecard Studio en este equipo)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>Consulta SQL</translation>
    </message>
    <message>
        <source>all it names</source>
        <translation>todos los que nombra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation>aún no actualizada</translation>
    </message>
    <message>
        <source>Cannot remove the data source: %1</source>
        <translation>No se puede eliminar la fuente de datos: %1</translation>
    </message>
</context>
<context>
    <name>scorecard::DepartmentEditor</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Parte de:</translation>
    </message>
    <message>
        <source>(none: top level)</source>
        <translation>(ninguno: nivel superior)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>El nombre es obligatorio</translation>
    </message>
    <message>
        <source>“%1” is inside this department: that would make a loop</source>
        <translation>«%1» está dentro de este departamento: eso crearía un bucle</translation>
    </message>
    <message>
        <source>A department cannot be part of itself</source>
        <translation>Un departamento no puede formar parte de sí mismo</translation>
    </message>
</context>
<context>
    <name>scorecard::DetailsPanel</name>
    <message>
        <source>Why this score?</source>
        <translation>¿Por qué esta puntuación?</translation>
    </message>
    <message>
        <source>Your changes to the previous item were not valid and were not applied.</source>
        <translation>Los cambios en el elemento anterior no eran válidos y no se aplicaron.</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI «%1»</translation>
    </message>
    <message>
        <source>key result “%1”</source>
        <translation>resultado clave «%1»</translation>
    </message>
    <message>
        <source>OKR “%1”</source>
        <translation>OKR «%1»</translation>
    </message>
    <message>
        <source>initiative “%1”</source>
        <translation>iniciativa «%1»</translation>
    </message>
    <message>
        <source>objective “%1”</source>
        <translation>objetivo «%1»</translation>
    </message>
    <message>
        <source>perspective “%1”</source>
        <translation>perspectiva «%1»</translation>
    </message>
    <message>
        <source>Score %1 of 100: %2.</source>
        <translation>Puntuación %1 de 100: %2.</translation>
    </message>
    <message>
        <source>No score: %1.</source>
        <translation>Sin puntuación: %1.</translation>
    </message>
    <message>
        <source>Measured value %1 for %2.</source>
        <translation>Valor medido %1 para %2.</translation>
    </message>
    <message>
        <source>%1: %2 (not set, assumed)</source>
        <translation>%1: %2 (no definido, se supone)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inputs (weighted mean):</source>
        <translation>Entradas (media ponderada):</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>• %1: %2, weight %3</source>
        <translation>• %1: %2, peso %3</translation>
    </message>
    <message>
        <source> — left out: no data</source>
        <translation> — no se tiene en cuenta: sin datos</translation>
    </message>
    <message>
        <source> — left out: part of a loop of parent objectives</source>
        <translation> — no se tiene en cuenta: forma parte de un bucle de objetivos padre</translation>
    </message>
    <message>
        <source> — left out: weight 0</source>
        <translation> — no se tiene en cuenta: peso 0</translation>
    </message>
    <message>
        <source> — left out: cancelled</source>
        <translation> — no se tiene en cuenta: cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) had no data and were left out.</source>
        <translation>
            <numerusform>%n entrada no tenía datos y no se tuvo en cuenta.</numerusform>
            <numerusform>%n entradas no tenían datos y no se tuvieron en cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since the previous period: %1.</source>
        <translation>Cambio desde el periodo anterior: %1.</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Cuadro de mando: %1</translation>
    </message>
    <message>
        <source>As of %1:
%2

Select an item on the map or in the scorecard to see why it scores as it does.</source>
        <translation>A la fecha de corte %1:
%2

Seleccione un elemento en el mapa o en el cuadro de mando para ver por qué tiene esa puntuación.</translation>
    </message>
    <message>
        <source>Perspective: %1</source>
        <translation>Perspectiva: %1</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilar: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Link: %1 → %2</source>
        <translation>Vínculo: %1 → %2</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>OKR: %1</source>
        <translation>OKR: %1</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Iniciativa: %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>As of %1:
%2</source>
        <translation>A la fecha de corte %1:
%2</translation>
    </message>
    <message>
        <source>A pillar has no score of its own. Its objectives, as of %1:</source>
        <translation>Un pilar no tiene puntuación propia. Sus objetivos, a la fecha de corte %1:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>A department has no score of its own. Assigned to it, as of %1:</source>
        <translation>Un departamento no tiene puntuación propia. Asignados a él, a la fecha de corte %1:</translation>
    </message>
    <message>
        <source>• objective “%1”: %2</source>
        <translation>• objetivo «%1»: %2</translation>
    </message>
    <message>
        <source>• KPI “%1”</source>
        <translation>• KPI «%1»</translation>
    </message>
    <message>
        <source>• initiative “%1”</source>
        <translation>• iniciativa «%1»</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada todavía)</translation>
    </message>
    <message>
        <source>A link has no score. Achieving “%1” (score %2) drives “%3” (score %4), as of %5.</source>
        <translation>Un vínculo no tiene puntuación. Lograr «%1» (puntuación %2) impulsa «%3» (puntuación %4), a la fecha de corte %5.</translation>
    </message>
</context>
<context>
    <name>scorecard::EditActions</name>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspectiva</translation>
    </message>
    <message>
        <source>Add a perspective (a lane of the map)</source>
        <translation>Añadir una perspectiva (un carril del mapa)</translation>
    </message>
    <message>
        <source>P&amp;illar</source>
        <translation>Pi&amp;lar</translation>
    </message>
    <message>
        <source>Add a strategic pillar</source>
        <translation>Añadir un pilar estratégico</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <source>Add a department (inside the selected department)</source>
        <translation>Añadir un departamento (dentro del departamento seleccionado)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Add an objective to the selected perspective, pillar or department</source>
        <translation>Añadir un objetivo a la perspectiva, pilar o departamento seleccionado</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>Add a KPI to the selected objective</source>
        <translation>Añadir un KPI al objetivo seleccionado</translation>
    </message>
    <message>
        <source>O&amp;KR</source>
        <translation>O&amp;KR</translation>
    </message>
    <message>
        <source>Add an OKR to the selected objective</source>
        <translation>Añadir un OKR al objetivo seleccionado</translation>
    </message>
    <message>
        <source>I&amp;nitiative</source>
        <translation>&amp;Iniciativa</translation>
    </message>
    <message>
        <source>Add an initiative (contributing to the selected objective)</source>
        <translation>Añadir una iniciativa (que contribuye al objetivo seleccionado)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No scorecard is open.</source>
        <translation>No hay ningún cuadro de mando abierto.</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>El cuadro de mando es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Presentation mode is on: leave it to edit.</source>
        <translation>El Modo presentación está activado: salga de él para editar.</translation>
    </message>
    <message>
        <source>New perspective</source>
        <translation>Nueva perspectiva</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>Nuevo pilar</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nuevo departamento</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Add a perspective first: every objective sits in one.</source>
        <translation>Añada primero una perspectiva: todo objetivo pertenece a una.</translation>
    </message>
    <message>
        <source>Select the objective the new KPI measures first.</source>
        <translation>Seleccione primero el objetivo que medirá el nuevo KPI.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nuevo KPI</translation>
    </message>
    <message>
        <source>Select the objective the new OKR serves first.</source>
        <translation>Seleccione primero el objetivo al que servirá el nuevo OKR.</translation>
    </message>
    <message>
        <source>New OKR</source>
        <translation>Nuevo OKR</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nueva iniciativa</translation>
    </message>
    <message>
        <source>This kind of item cannot be inserted.</source>
        <translation>Este tipo de elemento no se puede insertar.</translation>
    </message>
    <message>
        <source>This item cannot be deleted here.</source>
        <translation>Este elemento no se puede eliminar aquí.</translation>
    </message>
    <message>
        <source>the link “%1” → “%2” is removed</source>
        <translation>se elimina el vínculo «%1» → «%2»</translation>
    </message>
    <message>
        <source>the %1 “%2” is removed</source>
        <translation>se elimina %1 «%2»</translation>
    </message>
    <message>
        <source>the %1 “%2” stays, no longer attached to it</source>
        <translation>se conserva %1 «%2», ya sin asignar a este elemento</translation>
    </message>
    <message>
        <source>Delete the selected arrow?</source>
        <translation>¿Eliminar la flecha seleccionada?</translation>
    </message>
    <message>
        <source>Delete the %1 selected arrows?</source>
        <translation>¿Eliminar las %1 flechas seleccionadas?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>The selected arrow goes too.</source>
        <translation>La flecha seleccionada también se elimina.</translation>
    </message>
    <message>
        <source>The %1 selected arrows go too.</source>
        <translation>Las %1 flechas seleccionadas también se eliminan.</translation>
    </message>
    <message>
        <source>This also changes:</source>
        <translation>Esto también cambia:</translation>
    </message>
    <message>
        <source>Select what to delete first.</source>
        <translation>Seleccione primero qué eliminar.</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>No se puede eliminar: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
</context>
<context>
    <name>scorecard::EditLock</name>
    <message>
        <source>another window or program has it open for editing</source>
        <translation>otra ventana u otro programa lo tiene abierto para editar</translation>
    </message>
    <message>
        <source>another window of this Scorecard Studio has it open for editing</source>
        <translation>otra ventana de este Scorecard Studio lo tiene abierto para editar</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) has it open for editing</source>
        <translation>%1 (proceso %2 en %3) lo tiene abierto para editar</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>scorecard::EditorFields</name>
    <message>
        <source>Enter a colour as #rrggbb, or leave empty</source>
        <translation>Introduzca un color como #rrggbb, o déjelo vacío</translation>
    </message>
</context>
<context>
    <name>scorecard::EntityEditor</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>scorecard::ImportMeasurementsCommand</name>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>no existe el KPI «%1»</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; for %2 is given twice</source>
        <translation>el valor de «%1» para %2 aparece dos veces</translation>
    </message>
    <message>
        <source>nothing to change: every value is already there</source>
        <translation>nada que cambiar: todos los valores ya están</translation>
    </message>
    <message>
        <source>Import %n value(s)</source>
        <translation>Importar %n valor(es)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>Error al deshacer %1: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::InitiativeEditor</name>
    <message>
        <source>Must not be negative</source>
        <translation>No debe ser negativo</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD, o vacío</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 a 100</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>S&amp;pent:</source>
        <translation>&amp;Gastado:</translation>
    </message>
    <message>
        <source>Pro&amp;gress (%):</source>
        <translation>&amp;Avance (%):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Añadir contribución</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Contributes to:</source>
        <translation>&amp;Contribuye a:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Hitos:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>El nombre es obligatorio</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Anterior al inicio</translation>
    </message>
    <message>
        <source>Between 0 and 100</source>
        <translation>Entre 0 y 100</translation>
    </message>
    <message>
        <source>Row %1: choose an objective</source>
        <translation>Fila %1: elija un objetivo</translation>
    </message>
    <message>
        <source>Row %1: that objective is listed twice</source>
        <translation>Fila %1: ese objetivo aparece dos veces</translation>
    </message>
    <message>
        <source>Row %1, weight: %2</source>
        <translation>Fila %1, peso: %2</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>Milestone %1: a title is required</source>
        <translation>Hito %1: el título es obligatorio</translation>
    </message>
    <message>
        <source>Milestone %1, due: %2</source>
        <translation>Hito %1, vencimiento: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::InvestmentTableModel</name>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Some objectives it contributes to have no score: they count 0 (*)</source>
        <translation>Algunos objetivos a los que contribuye no tienen puntuación: cuentan como 0 (*)</translation>
    </message>
    <message>
        <source>Not ranked: no budget above 0, or cancelled</source>
        <translation>Sin clasificar: sin presupuesto mayor que 0, o cancelada</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Contribution (pts)</source>
        <translation>Contribución (pts)</translation>
    </message>
    <message>
        <source>Pts per million</source>
        <translation>Pts por millón</translation>
    </message>
    <message>
        <source>Strategic contribution: points of the company score still to win through it (sum over its objectives of contribution weight share x the objective&apos;s weight share up to the company x its distance from target)</source>
        <translation>Contribución estratégica: puntos de la puntuación de la empresa que aún pueden ganarse a través de ella (suma, sobre sus objetivos, de la proporción del peso de contribución x la proporción del peso del objetivo hasta la empresa x su distancia a la meta)</translation>
    </message>
    <message>
        <source>Contribution points per million of budget; the rank orders by it</source>
        <translation>Puntos de contribución por millón de presupuesto; la posición se ordena según este valor</translation>
    </message>
    <message>
        <source>1 = most contribution per unit of budget</source>
        <translation>1 = mayor contribución por unidad de presupuesto</translation>
    </message>
</context>
<context>
    <name>scorecard::InvestmentsPanel</name>
    <message>
        <source>On track or done</source>
        <translation>En curso o completada</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>En riesgo o vencida</translation>
    </message>
    <message>
        <source>Not started or other</source>
        <translation>No iniciada u otro</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Inversiones</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Write the initiatives table to a CSV file</source>
        <translation>Escribir la tabla de iniciativas en un archivo CSV</translation>
    </message>
    <message>
        <source>Initiatives by contribution per budget</source>
        <translation>Iniciativas por contribución respecto al presupuesto</translation>
    </message>
    <message>
        <source>Strategic contribution against budget</source>
        <translation>Contribución estratégica frente a presupuesto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic gaps&lt;/b&gt;: red or amber objectives no live initiative works on</source>
        <translation>&lt;b&gt;Brechas estratégicas&lt;/b&gt;: objetivos en rojo o ámbar en los que no trabaja ninguna iniciativa vigente</translation>
    </message>
    <message>
        <source>Strategic gaps</source>
        <translation>Brechas estratégicas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget on green objectives&lt;/b&gt;: objectives already on track (by contribution weight share)</source>
        <translation>&lt;b&gt;Presupuesto en objetivos en verde&lt;/b&gt;: objetivos que ya están en curso (según la proporción del peso de contribución)</translation>
    </message>
    <message>
        <source>Budget on green objectives</source>
        <translation>Presupuesto en objetivos en verde</translation>
    </message>
    <message>
        <source>Initiatives as of %1, ranked by contribution per unit of budget</source>
        <translation>Iniciativas a la fecha de corte %1, ordenadas por contribución por unidad de presupuesto</translation>
    </message>
    <message>
        <source>No scorecard open</source>
        <translation>No hay ningún cuadro de mando abierto</translation>
    </message>
    <message>
        <source>No planned, active or on-hold initiative contributes to %1</source>
        <translation>Ninguna iniciativa planificada, activa o en pausa contribuye a %1</translation>
    </message>
    <message>
        <source>None: every red or amber objective has an initiative</source>
        <translation>Ninguna: todos los objetivos en rojo o ámbar tienen una iniciativa</translation>
    </message>
    <message>
        <source>%1: budget %2, spent %3</source>
        <translation>%1: presupuesto %2, gastado %3</translation>
    </message>
    <message>
        <source>Budget %1, spent %2</source>
        <translation>Presupuesto %1, gastado %2</translation>
    </message>
    <message>
        <source>Budget (thousands)</source>
        <translation>Presupuesto (miles)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Contribution (points of company score)</source>
        <translation>Contribución (puntos de la puntuación de la empresa)</translation>
    </message>
    <message>
        <source>%1
Budget %2, contribution %3 pts, %4</source>
        <translation>%1
Presupuesto %2, contribución %3 pts, %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Investments as CSV</source>
        <translation>Exportar inversiones como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Investments</source>
        <translation>Exportar inversiones</translation>
    </message>
</context>
<context>
    <name>scorecard::JsonFormat</name>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena; se obtuvo %1</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>más de %1 caracteres (%2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected an id (a string) or null, got %1</source>
        <translation>se esperaba un id (una cadena) o null; se obtuvo %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>no debe ser negativo; se obtuvo %1</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got %1</source>
        <translation>debe estar entre 0 y 1; se obtuvo %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100, got %1</source>
        <translation>debe estar entre 0 y 100; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation>se esperaba un número o null; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) or null, got %1</source>
        <translation>se esperaba una fecha (YYYY-MM-DD) o null; se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1 no es una fecha válida (se esperaba YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation>se esperaba un objeto o null; se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es uno de: %2</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used by %2)</source>
        <translation>id duplicado %1 (también lo usa %2)</translation>
    </message>
    <message>
        <source>not JSON: %1 (at offset %2)</source>
        <translation>no es JSON: %1 (en la posición %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>se esperaba un objeto JSON en el nivel superior; se obtuvo %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1; se obtuvo %2</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>se esperaba un número entero; se obtuvo %1</translation>
    </message>
    <message>
        <source>made by a newer version (format version %1)</source>
        <translation>creado con una versión más reciente (versión de formato %1)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>versión de formato %1 no admitida</translation>
    </message>
    <message>
        <source>must not be greater than green (%1 &gt; %2)</source>
        <translation>no debe ser mayor que verde (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>departamento desconocido %1</translation>
    </message>
    <message>
        <source>a department cannot be its own parent</source>
        <translation>un departamento no puede ser su propio padre</translation>
    </message>
    <message>
        <source>departments form a cycle: %1</source>
        <translation>los departamentos forman un ciclo: %1</translation>
    </message>
    <message>
        <source>unknown perspective %1</source>
        <translation>perspectiva desconocida %1</translation>
    </message>
    <message>
        <source>unknown pillar %1</source>
        <translation>pilar desconocido %1</translation>
    </message>
    <message>
        <source>unknown objective %1</source>
        <translation>objetivo desconocido %1</translation>
    </message>
    <message>
        <source>an objective cannot be its own parent</source>
        <translation>un objetivo no puede ser su propio padre</translation>
    </message>
    <message>
        <source>objectives form a cycle: %1</source>
        <translation>los objetivos forman un ciclo: %1</translation>
    </message>
    <message>
        <source>unknown objective %1 (to %2)</source>
        <translation>objetivo desconocido %1 (hacia %2)</translation>
    </message>
    <message>
        <source>unknown objective %1 (from %2)</source>
        <translation>objetivo desconocido %1 (desde %2)</translation>
    </message>
    <message>
        <source>an objective cannot link to itself (%1)</source>
        <translation>un objetivo no puede vincularse a sí mismo (%1)</translation>
    </message>
    <message>
        <source>duplicate link from %1 to %2 (also %3)</source>
        <translation>vínculo duplicado de %1 a %2 (también %3)</translation>
    </message>
    <message>
        <source>duplicate period %1 (also %2)</source>
        <translation>periodo duplicado %1 (también %2)</translation>
    </message>
    <message>
        <source>objective %1 is listed twice (also %2)</source>
        <translation>el objetivo %1 aparece dos veces (también %2)</translation>
    </message>
    <message>
        <source>expected a KPI id, got %1</source>
        <translation>se esperaba un id de KPI; se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown KPI %1</source>
        <translation>KPI desconocido %1</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-15T08:30:00Z, got %1</source>
        <translation>se esperaba una fecha y hora como 2026-03-15T08:30:00Z; se obtuvo %1</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Fecha de corte: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Select a KPI to see its values against its target, or an objective to see its score history.</source>
        <translation>Seleccione un KPI para ver sus valores frente a su meta, o un objetivo para ver el historial de su puntuación.</translation>
    </message>
    <message>
        <source>%1: score history</source>
        <translation>%1: historial de puntuación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1: score %2</source>
        <translation>%1: puntuación %2</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Rango inferior</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Rango superior</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiEditor</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>e.g. %, EUR, days</source>
        <translation>p. ej., %, EUR, días</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mayor es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menor es mejor</translation>
    </message>
    <message>
        <source>Best within a range</source>
        <translation>Óptimo dentro de un rango</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Linear (baseline to target)</source>
        <translation>Lineal (de la línea base a la meta)</translation>
    </message>
    <message>
        <source>Goal and red flag</source>
        <translation>Valor ideal y alerta roja</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>Own status bands (else the scorecard&apos;s)</source>
        <translation>Bandas de estado propias (si no, las del cuadro de mando)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Línea base:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Range mi&amp;n:</source>
        <translation>Rango mín&amp;imo:</translation>
    </message>
    <message>
        <source>Range ma&amp;x:</source>
        <translation>Rango má&amp;ximo:</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Valor ide&amp;al:</translation>
    </message>
    <message>
        <source>&amp;Red flag:</source>
        <translation>Alerta &amp;roja:</translation>
    </message>
    <message>
        <source>Green &amp;from:</source>
        <translation>&amp;Verde desde:</translation>
    </message>
    <message>
        <source>A&amp;mber from:</source>
        <translation>Ám&amp;bar desde:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Re&amp;sponsable:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Depar&amp;tamento:</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>P&amp;eso:</translation>
    </message>
    <message>
        <source>(none: not aligned)</source>
        <translation>(ninguno: sin alinear)</translation>
    </message>
    <message>
        <source>The KPI has values: its frequency cannot change</source>
        <translation>El KPI tiene valores: su frecuencia no puede cambiar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Se requiere un nombre</translation>
    </message>
    <message>
        <source>Equal to the baseline: progress cannot be measured</source>
        <translation>Igual a la línea base: no se puede medir el avance</translation>
    </message>
    <message>
        <source>Below the range min</source>
        <translation>Por debajo del mínimo del rango</translation>
    </message>
    <message>
        <source>Equal to the goal</source>
        <translation>Igual al valor ideal</translation>
    </message>
    <message>
        <source>Between 0 and 100</source>
        <translation>Entre 0 y 100</translation>
    </message>
    <message>
        <source>Must not be above green</source>
        <translation>No debe superar el verde</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>No debe ser negativo</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiMatcher</name>
    <message>
        <source>unknown KPI %1</source>
        <translation>KPI %1 desconocido</translation>
    </message>
    <message>
        <source>KPI %1 is ambiguous: it could be %2 (use the id)</source>
        <translation>el KPI %1 es ambiguo: podría ser %2 (use el id)</translation>
    </message>
</context>
<context>
    <name>scorecard::LinkEditor</name>
    <message>
        <source>Cause and effect link</source>
        <translation>Vínculo causa-efecto</translation>
    </message>
    <message>
        <source>Why achieving the cause drives the effect</source>
        <translation>Por qué lograr la causa impulsa el efecto</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Efecto:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>scorecard::LinkEvidenceModel</name>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 drives %2</source>
        <translation>%1 impulsa %2</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Best lag</source>
        <translation>Mejor desfase</translation>
    </message>
    <message>
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <source>Months used</source>
        <translation>Meses usados</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the cause&apos;s score with the effect&apos;s score at the best lag</source>
        <translation>Correlación de rangos de Spearman entre la puntuación de la causa y la del efecto con el mejor desfase</translation>
    </message>
    <message>
        <source>Strong: rho &gt;= %1; weak: &gt;= %2; none: below (or negative); not enough data: fewer than %3 overlapping months or no variation. Correlation is evidence, not proof.</source>
        <translation>Fuerte: rho &gt;= %1; débil: &gt;= %2; ninguna: por debajo (o negativa); datos insuficientes: menos de %3 meses superpuestos o sin variación. La correlación es evidencia, no prueba.</translation>
    </message>
</context>
<context>
    <name>scorecard::LinksPanel</name>
    <message>
        <source>Does the data support each link? (Correlation is evidence, not proof.)</source>
        <translation>¿Respaldan los datos cada vínculo? (La correlación es evidencia, no prueba.)</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the cause&apos;s score with the effect&apos;s, at lags of 0 to %1 months; at least %2 overlapping months with variation before any claim.</source>
        <translation>Correlación de rangos de Spearman entre la puntuación de la causa y la del efecto, con desfases de 0 a %1 meses; se exigen al menos %2 meses superpuestos con variación antes de afirmar nada.</translation>
    </message>
    <message>
        <source>Links and their evidence</source>
        <translation>Vínculos y su evidencia</translation>
    </message>
</context>
<context>
    <name>scorecard::MainWindow</name>
    <message>
        <source>Scorecards (*.scorecard);;All files (*)</source>
        <translation>Cuadros de mando (*.scorecard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scorecard Studio</source>
        <translation>Scorecard Studio</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the file again to show changes made by another program</source>
        <translation>Volver a leer el archivo para mostrar los cambios hechos por otro programa</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Mapa estratégico</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Inversiones</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>KPI Chart</source>
        <translation>Gráfico de KPI</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a scorecard from the four-perspective template</source>
        <translation>Crear un cuadro de mando a partir de la plantilla de cuatro perspectivas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>Write a copy of the scorecard and continue with the copy</source>
        <translation>Guardar una copia del cuadro de mando y continuar con la copia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the scorecard (every edit is already saved)</source>
        <translation>Cerrar el cuadro de mando (todos los cambios ya están guardados)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Window</source>
        <translation>Ajustar el mapa a la &amp;ventana</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> Scores as of </source>
        <translation> Puntuaciones con fecha de corte </translation>
    </message>
    <message>
        <source>End of the previous month</source>
        <translation>Fin del mes anterior</translation>
    </message>
    <message>
        <source>Scores as of</source>
        <translation>Puntuaciones con fecha de corte</translation>
    </message>
    <message>
        <source>End of the next month</source>
        <translation>Fin del mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Scores as of today</source>
        <translation>Puntuaciones con fecha de corte de hoy</translation>
    </message>
    <message>
        <source>&amp;What-if Scenario…</source>
        <translation>Escenario de &amp;simulación…</translation>
    </message>
    <message>
        <source>Try hypothetical KPI values and see the projected scores; the file is not changed</source>
        <translation>Probar valores hipotéticos de KPI y ver las puntuaciones proyectadas; el archivo no se modifica</translation>
    </message>
    <message>
        <source>&amp;About Scorecard Studio</source>
        <translation>&amp;Acerca de Scorecard Studio</translation>
    </message>
    <message>
        <source>About Scorecard Studio</source>
        <translation>Acerca de Scorecard Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scorecard Studio %1&lt;/h3&gt;&lt;p&gt;Strategy execution with the Balanced Scorecard: strategy maps, KPIs, OKRs and initiatives in one file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard Studio %1&lt;/h3&gt;&lt;p&gt;Ejecución de la estrategia con el Balanced Scorecard: mapas estratégicos, KPI, OKR e iniciativas en un solo archivo.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>No se puede abrir %1:
%2</translation>
    </message>
    <message>
        <source>Cannot create %1:
%2</source>
        <translation>No se puede crear %1:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1:
%2</source>
        <translation>No se puede guardar una copia como %1:
%2</translation>
    </message>
    <message>
        <source>Cannot re-read %1:
%2</source>
        <translation>No se puede volver a leer %1:
%2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Fecha de corte: %1</translation>
    </message>
    <message>
        <source>No scorecard open</source>
        <translation>No hay ningún cuadro de mando abierto</translation>
    </message>
    <message>
        <source>%1 – Scorecard Studio</source>
        <translation>%1 – Scorecard Studio</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Open Scorecard</source>
        <translation>Abrir cuadro de mando</translation>
    </message>
    <message>
        <source>New Scorecard</source>
        <translation>Nuevo cuadro de mando</translation>
    </message>
    <message>
        <source>Save Scorecard As</source>
        <translation>Guardar cuadro de mando como</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System (follows the desktop)</source>
        <translation>&amp;Sistema (sigue al escritorio)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Previous Month</source>
        <translation>Mes &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Month</source>
        <translation>Mes &amp;siguiente</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Solo lectura: %1.</translation>
    </message>
    <message>
        <source>The file has changed on disk since it was read.</source>
        <translation>El archivo ha cambiado en el disco desde que se leyó.</translation>
    </message>
    <message>
        <source>Start from the four Balanced Scorecard perspectives (Financial, Partners &amp; Clients, Internal Processes, Learning &amp; Growth), or from an empty scorecard?</source>
        <translation>¿Empezar con las cuatro perspectivas del Balanced Scorecard (Finanzas, Socios y clientes, Procesos internos, Aprendizaje y crecimiento) o con un cuadro de mando vacío?</translation>
    </message>
    <message>
        <source>&amp;Four Perspectives</source>
        <translation>&amp;Cuatro perspectivas</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Vacío</translation>
    </message>
</context>
<context>
    <name>scorecard::MapExportDialog</name>
    <message>
        <source>Export Strategy Map</source>
        <translation>Exportar mapa estratégico</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Light (screen)</source>
        <translation>Claro (pantalla)</translation>
    </message>
    <message>
        <source>Print (white, high contrast)</source>
        <translation>Impresión (blanco, alto contraste)</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Fondo transparente</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Carta horizontal</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>Diapositiva 16:9</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <source>Dark (screen)</source>
        <translation>Oscuro (pantalla)</translation>
    </message>
</context>
<context>
    <name>scorecard::MapLegendItem</name>
    <message>
        <source>Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives connected)</source>
        <translation>Puntuación de alineación: %1 % (%2 de %3 KPI, OKR e iniciativas conectados)</translation>
    </message>
    <message>
        <source>2 KPI</source>
        <translation>2 KPI</translation>
    </message>
    <message>
        <source>linked KPIs, OKRs and initiatives (Init.)</source>
        <translation>KPI, OKR e iniciativas (Inic.) vinculados</translation>
    </message>
    <message>
        <source>cause drives effect</source>
        <translation>la causa impulsa el efecto</translation>
    </message>
</context>
<context>
    <name>scorecard::MeasurementsGrid</name>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt; (paste a column or row from a spreadsheet with Ctrl+V)</source>
        <translation>&lt;b&gt;Valores&lt;/b&gt; (pegue una columna o fila de una hoja de cálculo con Ctrl+V)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>&amp;Paste Values</source>
        <translation>&amp;Pegar valores</translation>
    </message>
    <message>
        <source>&amp;Delete Values</source>
        <translation>&amp;Eliminar valores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nuevo periodo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Eliminar los valores seleccionados</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s) of “%1”</source>
        <translation>
            <numerusform>Eliminar %n valor de «%1»</numerusform>
            <numerusform>Eliminar %n valores de «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no values</source>
        <translation>Nada que pegar: el portapapeles no contiene valores</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>celda %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells: paste one column of values, or values and notes (two columns). Nothing was pasted.</source>
        <translation>La línea %1 tiene %2 celdas: pegue una columna de valores, o valores y notas (dos columnas). No se pegó nada.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The values mix decimal commas and decimal points. Nothing was pasted.</source>
        <translation>Los valores mezclan comas decimales y puntos decimales. No se pegó nada.</translation>
    </message>
    <message>
        <source>No period to paste into</source>
        <translation>No hay ningún periodo en el que pegar</translation>
    </message>
    <message>
        <source>%1 (%2) is empty. Nothing was pasted.</source>
        <translation>%1 (%2) está vacío. No se pegó nada.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Nothing was pasted.</source>
        <translation>%1 (%2): %3. No se pegó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s) into “%1”</source>
        <translation>
            <numerusform>Pegar %n valor en «%1»</numerusform>
            <numerusform>Pegar %n valores en «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
</context>
<context>
    <name>scorecard::MeasurementsModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::MiniMapWidget</name>
    <message>
        <source>Map overview</source>
        <translation>Vista general del mapa</translation>
    </message>
    <message>
        <source>The whole strategy map; the outlined part is in view. Click to move there.</source>
        <translation>Todo el mapa estratégico; la parte recuadrada es la visible. Haga clic para desplazarse allí.</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vista general: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>scorecard::MoveObjectivesCommand</name>
    <message>
        <source>the map position must be finite</source>
        <translation>la posición en el mapa debe ser finita</translation>
    </message>
    <message>
        <source>there is no objective &quot;%1&quot;</source>
        <translation>no existe el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>nada que mover</translation>
    </message>
    <message>
        <source>Move objective “%1”</source>
        <translation>Mover el objetivo «%1»</translation>
    </message>
    <message>
        <source>Move %n objective(s)</source>
        <translation>Mover %n objetivo(s)</translation>
    </message>
</context>
<context>
    <name>scorecard::NumberText</name>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
</context>
<context>
    <name>scorecard::ObjectiveCardItem</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Init.</source>
        <translation>Inic.</translation>
    </message>
</context>
<context>
    <name>scorecard::ObjectiveEditor</name>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Pe&amp;so:</translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation>&amp;Perspectiva:</translation>
    </message>
    <message>
        <source>P&amp;illar:</source>
        <translation>P&amp;ilar:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Depar&amp;tamento:</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>&amp;Apoya a:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(none: a top objective)</source>
        <translation>(ninguno: objetivo de nivel superior)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Se requiere un nombre</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>No debe ser negativo</translation>
    </message>
    <message>
        <source>“%1” already supports this objective: that would make a loop</source>
        <translation>«%1» ya apoya a este objetivo: se formaría un ciclo</translation>
    </message>
</context>
<context>
    <name>scorecard::OkrEditor</name>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD, o vacío</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Resultado clave</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Resultados clave</translation>
    </message>
    <message>
        <source>Add key res&amp;ult</source>
        <translation>&amp;Añadir resultado clave</translation>
    </message>
    <message>
        <source>Remove key result</source>
        <translation>Quitar resultado clave</translation>
    </message>
    <message>
        <source>&amp;Key results:</source>
        <translation>Resultados &amp;clave:</translation>
    </message>
    <message>
        <source>(none: not aligned)</source>
        <translation>(ninguno: sin alinear)</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Nuevo resultado clave</translation>
    </message>
    <message>
        <source>A title is required</source>
        <translation>Se requiere un título</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Anterior al inicio</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>No debe ser negativo</translation>
    </message>
    <message>
        <source>Key result %1, %2</source>
        <translation>Resultado clave %1, %2</translation>
    </message>
    <message>
        <source>title: a title is required</source>
        <translation>título: se requiere un título</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: no debe ser negativo</translation>
    </message>
</context>
<context>
    <name>scorecard::Period</name>
    <message>
        <source>year %1 is out of range %2-%3</source>
        <translation>el año %1 está fuera del rango %2-%3</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>no existe esa fecha</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2</source>
        <translation>%1 no tiene semana ISO %2</translation>
    </message>
    <message>
        <source>a weekly period is written like 2026-W07</source>
        <translation>un periodo semanal se escribe como 2026-W07</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <source>a monthly period is written like 2026-03</source>
        <translation>un periodo mensual se escribe como 2026-03</translation>
    </message>
    <message>
        <source>quarter %1 does not exist</source>
        <translation>el trimestre %1 no existe</translation>
    </message>
    <message>
        <source>a quarterly period is written like 2026-Q1</source>
        <translation>un periodo trimestral se escribe como 2026-Q1</translation>
    </message>
    <message>
        <source>a yearly period is written like 2026</source>
        <translation>un periodo anual se escribe como 2026</translation>
    </message>
    <message>
        <source>unknown frequency</source>
        <translation>frecuencia desconocida</translation>
    </message>
</context>
<context>
    <name>scorecard::PeriodText</name>
    <message>
        <source>no such date</source>
        <translation>no existe esa fecha</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>el mes %1 no existe</translation>
    </message>
    <message>
        <source>quarter %1 does not exist</source>
        <translation>el trimestre %1 no existe</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2</source>
        <translation>%1 no tiene semana ISO %2</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mes</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
</context>
<context>
    <name>scorecard::PerspectiveEditor</name>
    <message>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Se requiere un nombre</translation>
    </message>
</context>
<context>
    <name>scorecard::PillarEditor</name>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Se requiere un nombre</translation>
    </message>
</context>
<context>
    <name>scorecard::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Show the map full screen without editing, for presenting (Esc leaves)</source>
        <translation>Mostrar el mapa a pantalla completa sin edición, para presentar (Esc para salir)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
</context>
<context>
    <name>scorecard::PrintActions</name>
    <message>
        <source>&amp;Print Map…</source>
        <translation>&amp;Imprimir mapa…</translation>
    </message>
    <message>
        <source>Print the strategy map on one landscape page, with a preview</source>
        <translation>Imprimir el mapa estratégico en una página horizontal, con vista previa</translation>
    </message>
    <message>
        <source>Print &amp;Report…</source>
        <translation>Imprimir in&amp;forme…</translation>
    </message>
    <message>
        <source>Print every score at the as-of date, with a preview</source>
        <translation>Imprimir todas las puntuaciones a la fecha de corte, con vista previa</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Imprimir mapa</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Scores as of %1: %2 of 100, %3.</source>
        <translation>Puntuaciones a la fecha de corte %1: %2 de 100, %3.</translation>
    </message>
    <message>
        <source>Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives are connected to an objective).</source>
        <translation>Puntuación de alineación: %1 % (%2 de %3 KPI, OKR e iniciativas están vinculados a un objetivo).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>scorecard::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment score: %1 %&lt;/b&gt; – %2 of %3 KPIs, OKRs and initiatives are connected to an objective (KPIs %4/%5, OKRs %6/%7, initiatives %8/%9)</source>
        <translation>&lt;b&gt;Puntuación de alineación: %1 %&lt;/b&gt; – %2 de %3 KPI, OKR e iniciativas están conectados a un objetivo (KPI %4/%5, OKR %6/%7, iniciativas %8/%9)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment score:&lt;/b&gt; nothing to count yet (no KPIs, OKRs or initiatives)</source>
        <translation>&lt;b&gt;Puntuación de alineación:&lt;/b&gt; aún no hay nada que contar (no hay KPI, OKR ni iniciativas)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>scorecard::RefreshDataCommand</name>
    <message>
        <source>there is no data source &quot;%1&quot;</source>
        <translation>no existe la fuente de datos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to change: every value is already there</source>
        <translation>nada que cambiar: todos los valores ya existen</translation>
    </message>
    <message>
        <source>Refresh data (no new values)</source>
        <translation>Actualizar datos (ningún valor nuevo)</translation>
    </message>
    <message>
        <source>Refresh data (1 value)</source>
        <translation>Actualizar datos (1 valor)</translation>
    </message>
    <message>
        <source>Refresh data (%1 values)</source>
        <translation>Actualizar datos (%1 valores)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>No se pudo deshacer %1: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::Removal</name>
    <message>
        <source>perspective &quot;%1&quot; still holds objectives (e.g. &quot;%2&quot;): move or remove them first</source>
        <translation>la perspectiva &quot;%1&quot; aún contiene objetivos (p. ej., &quot;%2&quot;): muévalos o elimínelos primero</translation>
    </message>
</context>
<context>
    <name>scorecard::RemoveMeasurementCommand</name>
    <message>
        <source>KPI &quot;%1&quot; has no value for %2</source>
        <translation>el KPI &quot;%1&quot; no tiene ningún valor para %2</translation>
    </message>
    <message>
        <source>Remove %1 value for %2</source>
        <translation>Eliminar el valor de %1 para %2</translation>
    </message>
</context>
<context>
    <name>scorecard::ReorderPerspectivesCommand</name>
    <message>
        <source>the new order must name every perspective once</source>
        <translation>el nuevo orden debe nombrar cada perspectiva una sola vez</translation>
    </message>
    <message>
        <source>there is no perspective &quot;%1&quot;</source>
        <translation>no existe la perspectiva &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the perspectives are already in that order</source>
        <translation>las perspectivas ya están en ese orden</translation>
    </message>
    <message>
        <source>Reorder perspectives</source>
        <translation>Reordenar perspectivas</translation>
    </message>
</context>
<context>
    <name>scorecard::Report</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>some objectives have no score</source>
        <translation>algunos objetivos no tienen puntuación</translation>
    </message>
    <message>
        <source>Strategic gaps (red or amber objectives no live initiative works on)</source>
        <translation>Brechas estratégicas (objetivos desviados o en riesgo en los que no trabaja ninguna iniciativa activa)</translation>
    </message>
    <message>
        <source>Budget on objectives already green (by contribution weight share)</source>
        <translation>Presupuesto en objetivos ya en curso (según la proporción del peso de contribución)</translation>
    </message>
    <message>
        <source>Cause-and-effect links: the evidence in the data (Spearman&apos;s rho)</source>
        <translation>Vínculos causa-efecto: la evidencia en los datos (rho de Spearman)</translation>
    </message>
    <message>
        <source>What-if: projected scores (before -&gt; after)</source>
        <translation>Simulación: puntuaciones proyectadas (antes -&gt; después)</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;</source>
        <translation>KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot;</source>
        <translation>Iniciativa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>Objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Perspective &quot;%1&quot;</source>
        <translation>Perspectiva &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Scores as of %1 (* partial: some inputs have no data)

</source>
        <translation>Puntuaciones con fecha de corte %1 (* parcial: algunas entradas no tienen datos)

</translation>
    </message>
    <message>
        <source>Company
</source>
        <translation>Empresa
</translation>
    </message>
    <message>
        <source>  Alignment score %1% (%2 of %3 KPIs, OKRs and initiatives are connected)
</source>
        <translation>  Puntuación de alineación %1% (%2 de %3 KPI, OKR e iniciativas están conectados)
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  (ninguno)
</translation>
    </message>
    <message>
        <source>Alignment score</source>
        <translation>Puntuación de alineación</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 por millón</translation>
    </message>
</context>
<context>
    <name>scorecard::Sample</name>
    <message>
        <source>no writable data folder for the sample</source>
        <translation>no hay ninguna carpeta de datos con permiso de escritura para el ejemplo</translation>
    </message>
    <message>
        <source>the bundled sample is missing</source>
        <translation>falta el ejemplo incluido</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardDocument</name>
    <message>
        <source>the file is read-only: %1</source>
        <translation>el archivo es de solo lectura: %1</translation>
    </message>
    <message>
        <source>the file was changed by another program; it has been reloaded and this edit was not applied</source>
        <translation>otro programa modificó el archivo; se ha vuelto a cargar y esta modificación no se aplicó</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardFile</name>
    <message>
        <source>cannot open the file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>cannot enable foreign keys</source>
        <translation>no se pueden activar las claves foráneas</translation>
    </message>
    <message>
        <source>cannot set the journal mode</source>
        <translation>no se puede establecer el modo de diario</translation>
    </message>
    <message>
        <source>cannot set synchronous mode</source>
        <translation>no se puede establecer el modo síncrono</translation>
    </message>
    <message>
        <source>cannot set the cache size</source>
        <translation>no se puede establecer el tamaño de la caché</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file is damaged (quick_check gave no answer)</source>
        <translation>el archivo está dañado (quick_check no dio respuesta)</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>el archivo está dañado: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <source>not a valid scorecard: %1</source>
        <translation>no es un cuadro de mando válido: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not a scorecard file</source>
        <translation>es una carpeta, no un archivo de cuadro de mando</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 GiB</source>
        <translation>el archivo supera el límite de %1 GiB</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>abierto en solo lectura a petición</translation>
    </message>
    <message>
        <source>the file is not writable (permissions or read-only media)</source>
        <translation>no se puede escribir en el archivo (permisos o medio de solo lectura)</translation>
    </message>
    <message>
        <source>its folder is not writable, so SQLite cannot keep a journal there</source>
        <translation>no se puede escribir en su carpeta, por lo que SQLite no puede mantener allí un diario</translation>
    </message>
    <message>
        <source>the file is damaged: database disk image is malformed</source>
        <translation>el archivo está dañado: la imagen de disco de la base de datos está mal formada</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>no se puede registrar la versión del esquema</translation>
    </message>
    <message>
        <source>the file already exists (use --force to overwrite)</source>
        <translation>el archivo ya existe (use --force para sobrescribirlo)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>cannot set the application id</source>
        <translation>no se puede establecer el id de aplicación</translation>
    </message>
    <message>
        <source>cannot write the scorecard settings</source>
        <translation>no se puede escribir la configuración del cuadro de mando</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>no se puede preparar una sentencia</translation>
    </message>
    <message>
        <source>cannot add the %1 &quot;%2&quot;</source>
        <translation>no se puede añadir %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot change the %1 &quot;%2&quot;</source>
        <translation>no se puede cambiar %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot remove the %1 &quot;%2&quot;</source>
        <translation>no se puede eliminar %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>no se puede preparar una sentencia: %1</translation>
    </message>
    <message>
        <source>cannot write the value of &quot;%1&quot; for %2: %3</source>
        <translation>no se puede escribir el valor de &quot;%1&quot; para %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1 values: %2</source>
        <translation>no se pueden escribir %1 valores: %2</translation>
    </message>
    <message>
        <source>cannot remove the value of &quot;%1&quot; for %2</source>
        <translation>no se puede eliminar el valor de &quot;%1&quot; para %2</translation>
    </message>
    <message>
        <source>cannot replace the key results of &quot;%1&quot;</source>
        <translation>no se pueden reemplazar los resultados clave de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write the key result &quot;%1&quot;</source>
        <translation>no se puede escribir el resultado clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write the contributions and milestones of &quot;%1&quot;</source>
        <translation>no se pueden escribir las contribuciones y los hitos de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the %1 table</source>
        <translation>no se puede leer la tabla %1</translation>
    </message>
    <message>
        <source>cannot read the measurements: %1</source>
        <translation>no se pueden leer las mediciones: %1</translation>
    </message>
    <message>
        <source>the file has more than %1 measurements, the limit</source>
        <translation>el archivo tiene más de %1 mediciones, que es el límite</translation>
    </message>
    <message>
        <source>a measurement refers to the missing KPI &quot;%1&quot;</source>
        <translation>una medición hace referencia al KPI inexistente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read the scorecard settings</source>
        <translation>no se puede leer la configuración del cuadro de mando</translation>
    </message>
    <message>
        <source>cannot read the key results</source>
        <translation>no se pueden leer los resultados clave</translation>
    </message>
    <message>
        <source>cannot read the contributions</source>
        <translation>no se pueden leer las contribuciones</translation>
    </message>
    <message>
        <source>cannot read the milestones</source>
        <translation>no se pueden leer los hitos</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>cannot save a copy over the open file itself</source>
        <translation>no se puede guardar una copia sobre el propio archivo abierto</translation>
    </message>
    <message>
        <source>cannot write a copy to %1</source>
        <translation>no se puede escribir una copia en %1</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardPanel</name>
    <message>
        <source>Filter by name, owner, department or pillar</source>
        <translation>Filtrar por nombre, responsable, departamento o pilar</translation>
    </message>
    <message>
        <source>Filter the scorecard</source>
        <translation>Filtrar el cuadro de mando</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsable</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>No scorecard is open: File &gt; New creates one, File &gt; Open opens one.</source>
        <translation>No hay ningún cuadro de mando abierto: Archivo &gt; Nuevo crea uno; Archivo &gt; Abrir abre uno.</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Nada coincide con los filtros.</translation>
    </message>
    <message>
        <source>No perspectives yet: Insert &gt; Perspective adds one.</source>
        <translation>Aún no hay perspectivas: Insertar &gt; Perspectiva añade una.</translation>
    </message>
    <message>
        <source>No pillars and no objectives yet: Insert &gt; Pillar or Insert &gt; Objective adds one.</source>
        <translation>Aún no hay pilares ni objetivos: añada uno con Insertar &gt; Pilar o Insertar &gt; Objetivo.</translation>
    </message>
    <message>
        <source>No departments and no objectives yet: Insert &gt; Department or Insert &gt; Objective adds one.</source>
        <translation>Aún no hay departamentos ni objetivos: añada uno con Insertar &gt; Departamento o Insertar &gt; Objetivo.</translation>
    </message>
    <message>
        <source>No initiatives and no objectives yet: Insert &gt; Initiative or Insert &gt; Objective adds one.</source>
        <translation>Aún no hay iniciativas ni objetivos: añada una iniciativa con Insertar &gt; Iniciativa o un objetivo con Insertar &gt; Objetivo.</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>No initiative</source>
        <translation>Sin iniciativa</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sin pilar</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% completado</translation>
    </message>
    <message>
        <source>Edit to enter the value for %1</source>
        <translation>Edite para introducir el valor de %1</translation>
    </message>
    <message>
        <source>this item no longer exists</source>
        <translation>este elemento ya no existe</translation>
    </message>
    <message>
        <source>the weight must be a number</source>
        <translation>el peso debe ser un número</translation>
    </message>
    <message>
        <source>the target must be a number</source>
        <translation>la meta debe ser un número</translation>
    </message>
    <message>
        <source>key results are edited with their OKR</source>
        <translation>los resultados clave se editan con su OKR</translation>
    </message>
    <message>
        <source>this column cannot be edited here</source>
        <translation>esta columna no se puede editar aquí</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>el valor debe ser un número</translation>
    </message>
    <message>
        <source>Move KPI “%1”</source>
        <translation>Mover el KPI «%1»</translation>
    </message>
    <message>
        <source>Move objective “%1”</source>
        <translation>Mover el objetivo «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>the move could not be completed</source>
        <translation>no se pudo completar el movimiento</translation>
    </message>
</context>
<context>
    <name>scorecard::SetMeasurementCommand</name>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation>Establecer %1 para %2</translation>
    </message>
</context>
<context>
    <name>scorecard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter actions or keys</source>
        <translation>Filtrar acciones o teclas</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Mapa estratégico</translation>
    </message>
    <message>
        <source>Move the focus to the next or previous objective</source>
        <translation>Mover el foco al objetivo siguiente o anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Nudge the selected objectives (1 unit with Shift)</source>
        <translation>Desplazar los objetivos seleccionados (1 unidad con Mayús)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Rename the selected objective</source>
        <translation>Cambiar el nombre del objetivo seleccionado</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Intro</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Eliminar la selección</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Select several objectives</source>
        <translation>Seleccionar varios objetivos</translation>
    </message>
    <message>
        <source>Ctrl+click, or drag a rubber band</source>
        <translation>Ctrl+clic, o arrastrar un rectángulo de selección</translation>
    </message>
    <message>
        <source>Add an objective in a lane</source>
        <translation>Añadir un objetivo en un carril</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+rueda del ratón</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar la vista</translation>
    </message>
    <message>
        <source>Middle button drag, or Space+drag</source>
        <translation>Arrastrar con el botón central, o Espacio+arrastrar</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Scorecard and values</source>
        <translation>Cuadro de mando y valores</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Editar la celda actual</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2, o empezar a escribir</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Paste values from a spreadsheet into consecutive periods</source>
        <translation>Pegar valores de una hoja de cálculo en periodos consecutivos</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Eliminar los valores seleccionados</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMap</name>
    <message>
        <source>Drag to an objective this one drives</source>
        <translation>Arrastre hasta un objetivo que este impulse</translation>
    </message>
    <message>
        <source>strong evidence</source>
        <translation>evidencia fuerte</translation>
    </message>
    <message>
        <source>weak evidence</source>
        <translation>evidencia débil</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>sin evidencia</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapPanel</name>
    <message>
        <source>Strategy map</source>
        <translation>Mapa estratégico</translation>
    </message>
    <message>
        <source>Place every objective in its lane and pillar, ordered to reduce crossing links</source>
        <translation>Colocar cada objetivo en su carril y pilar, ordenados para reducir los cruces de vínculos</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <source>Copy Objectives</source>
        <translation>Copiar objetivos</translation>
    </message>
    <message>
        <source>Paste Objectives</source>
        <translation>Pegar objetivos</translation>
    </message>
    <message>
        <source>Show objectives</source>
        <translation>Mostrar objetivos</translation>
    </message>
    <message>
        <source>Show all objectives, one pillar&apos;s, one department&apos;s, or only the selected objective with everything it drives and everything that drives it</source>
        <translation>Mostrar todos los objetivos, los de un pilar, los de un departamento o solo el objetivo seleccionado con todo lo que impulsa y todo lo que lo impulsa</translation>
    </message>
    <message>
        <source>Colour Links by Evidence</source>
        <translation>Colorear vínculos según la evidencia</translation>
    </message>
    <message>
        <source>Colour and style each cause-and-effect link by how well the scores support it: strong, weak, none, or not enough data (correlation is evidence, not proof)</source>
        <translation>Colorear y dar estilo a cada vínculo causa-efecto según cuánto lo respaldan las puntuaciones: fuerte, débil, ninguna o datos insuficientes (la correlación es evidencia, no prueba)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>Acercar (Ctrl++ o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the map to the window (Ctrl+0)</source>
        <translation>Ajustar el mapa a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Tamaño real (Ctrl+1)</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> Fecha de corte </translation>
    </message>
    <message>
        <source>Scores as of</source>
        <translation>Puntuaciones con fecha de corte</translation>
    </message>
    <message>
        <source>Export Map…</source>
        <translation>Exportar mapa…</translation>
    </message>
    <message>
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>Exportar el mapa como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Copy Map</source>
        <translation>Copiar mapa</translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation>Copiar el mapa al portapapeles como imagen</translation>
    </message>
    <message>
        <source>Mini-map</source>
        <translation>Minimapa</translation>
    </message>
    <message>
        <source>Show an overview of the whole map in the corner when it does not fit the window</source>
        <translation>Mostrar una vista general de todo el mapa en la esquina cuando no cabe en la ventana</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Mapa estratégico</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilar: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Connected to selection</source>
        <translation>Conectados con la selección</translation>
    </message>
    <message>
        <source>Select an objective first.</source>
        <translation>Seleccione primero un objetivo.</translation>
    </message>
    <message>
        <source>Export Strategy Map</source>
        <translation>Exportar mapa estratégico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the map to %1:
%2</source>
        <translation>No se puede exportar el mapa a %1:
%2</translation>
    </message>
    <message>
        <source>Align or distribute the selected objectives</source>
        <translation>Alinear o distribuir los objetivos seleccionados</translation>
    </message>
    <message>
        <source>Draw the map in the white, high-contrast print theme, as exports for board decks</source>
        <translation>Dibujar el mapa con el tema de impresión blanco y de alto contraste, como las exportaciones para presentaciones</translation>
    </message>
    <message>
        <source>Print &amp;Colours on Screen</source>
        <translation>&amp;Colores de impresión en pantalla</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Disposición Diseño &amp;automáticoamp;automática</translation>
    </message>
    <message>
        <source>Align &amp;left edges</source>
        <translation>Alinear bordes &amp;izquierdos</translation>
    </message>
    <message>
        <source>Align &amp;centres (horizontally)</source>
        <translation>Alinear &amp;centros (horizontalmente)</translation>
    </message>
    <message>
        <source>Align &amp;right edges</source>
        <translation>Alinear bordes &amp;derechos</translation>
    </message>
    <message>
        <source>Align &amp;top edges (per lane)</source>
        <translation>Alinear bordes &amp;superiores (por carril)</translation>
    </message>
    <message>
        <source>Align &amp;middles (per lane)</source>
        <translation>Alinear puntos Alinear &amp;medios (por carril)amp;medios (por carril)</translation>
    </message>
    <message>
        <source>Align &amp;bottom edges (per lane)</source>
        <translation>Alinear bordes in&amp;feriores (por carril)</translation>
    </message>
    <message>
        <source>&amp;Distribute horizontally (per lane)</source>
        <translation>Dis&amp;tribuir horizontalmente (por carril)</translation>
    </message>
    <message>
        <source>no scorecard is open</source>
        <translation>no hay ningún cuadro de mando abierto</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapScene</name>
    <message>
        <source>Strong evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Evidencia fuerte: rho %1, mejor desfase %2 (meses), %3 meses de datos</translation>
    </message>
    <message>
        <source>Weak evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Evidencia débil: rho %1, mejor desfase %2 (meses), %3 meses de datos</translation>
    </message>
    <message>
        <source>No evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Sin evidencia: rho %1, mejor desfase %2 (meses), %3 meses de datos</translation>
    </message>
    <message>
        <source>Not enough data: %1 overlapping months (%2 needed)</source>
        <translation>Datos insuficientes: %1 meses superpuestos (se necesitan %2)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, puntuación %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Fecha de corte: %1</translation>
    </message>
    <message>
        <source>Overall %1 (%2)</source>
        <translation>Global %1 (%2)</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilar: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sin pilar</translation>
    </message>
    <message>
        <source>%1 drives %2</source>
        <translation>%1 impulsa %2</translation>
    </message>
    <message>
        <source>The map cannot be changed: the file is read-only.</source>
        <translation>No se puede modificar el mapa: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>The map is already laid out.</source>
        <translation>El mapa ya está organizado.</translation>
    </message>
    <message>
        <source>Double-click inside a lane to add an objective there.</source>
        <translation>Haga doble clic dentro de un carril para añadir allí un objetivo.</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>Añadir el objetivo «%1»</translation>
    </message>
    <message>
        <source>This link closes a loop of causes and effects:
%1

Add it anyway?</source>
        <translation>Este vínculo cierra un ciclo de causas y efectos:
%1

¿Desea añadirlo de todos modos?</translation>
    </message>
    <message>
        <source>The link was not added: it would close a loop (%1).</source>
        <translation>No se añadió el vínculo: cerraría un ciclo (%1).</translation>
    </message>
    <message>
        <source>Select objectives or links to delete.</source>
        <translation>Seleccione los objetivos o vínculos que desea eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no objective “%1”.</source>
        <translation>No existe el objetivo «%1».</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Mover objetivo</translation>
    </message>
    <message numerus="yes">
        <source>Move %n objective(s)</source>
        <translation>
            <numerusform>Mover %n objetivo</numerusform>
            <numerusform>Mover %n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>An objective needs a name.</source>
        <translation>Un objetivo necesita un nombre.</translation>
    </message>
    <message>
        <source>Select two or more objectives to align.</source>
        <translation>Seleccione dos o más objetivos para alinearlos.</translation>
    </message>
    <message>
        <source>Select three or more objectives in a lane to distribute them.</source>
        <translation>Seleccione tres o más objetivos de un carril para distribuirlos.</translation>
    </message>
    <message>
        <source>The clipboard holds no objectives: %1</source>
        <translation>El portapapeles no contiene objetivos: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no objectives.</source>
        <translation>El portapapeles no contiene objetivos.</translation>
    </message>
    <message>
        <source>The scorecard has no perspective to paste objectives into.</source>
        <translation>El cuadro de mando no tiene ninguna perspectiva en la que pegar objetivos.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n objective(s)</source>
        <translation>
            <numerusform>Pegar %n objetivo</numerusform>
            <numerusform>Pegar %n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>pillar %1</source>
        <translation>pilar %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>drives 1 objective</source>
        <translation>impulsa 1 objetivo</translation>
    </message>
    <message>
        <source>drives %1 objectives</source>
        <translation>impulsa %1 objetivos</translation>
    </message>
    <message>
        <source>driven by 1 objective</source>
        <translation>impulsado por 1 objetivo</translation>
    </message>
    <message>
        <source>driven by %1 objectives</source>
        <translation>impulsado por %1 objetivos</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapView</name>
    <message>
        <source>Strategy map</source>
        <translation>Mapa estratégico</translation>
    </message>
</context>
<context>
    <name>scorecard::Transaction</name>
    <message>
        <source>the file is busy: another program is writing to it; try again</source>
        <translation>el archivo está ocupado: otro programa está escribiendo en él; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>no se puede guardar el cambio</translation>
    </message>
</context>
<context>
    <name>scorecard::TsTranslator</name>
    <message>
        <source>cannot read the translation %1: %2</source>
        <translation>no se puede leer la traducción %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a translation file: %2 (line %3)</source>
        <translation>%1 no es un archivo de traducción: %2 (línea %3)</translation>
    </message>
    <message>
        <source>%1 is not a translation file: it names no language</source>
        <translation>%1 no es un archivo de traducción: no indica ningún idioma</translation>
    </message>
</context>
<context>
    <name>scorecard::WhatIfDialog</name>
    <message>
        <source>What-if Scenario</source>
        <translation>Escenario de simulación</translation>
    </message>
    <message>
        <source>Type hypothetical values in the &lt;b&gt;What if&lt;/b&gt; column: a KPI value for the period that contains %1 (or a change such as &lt;tt&gt;+10%&lt;/tt&gt; of the current value), or an initiative&apos;s progress in % (or a change such as &lt;tt&gt;+10&lt;/tt&gt; points). The scores below and the marks on the map are a projection: nothing is written to the file.</source>
        <translation>Escriba valores hipotéticos en la columna &lt;b&gt;Simulación&lt;/b&gt;: un valor de KPI para el periodo que contiene %1 (o un cambio como &lt;tt&gt;+10%&lt;/tt&gt; del valor actual), o el avance de una iniciativa en % (o un cambio como &lt;tt&gt;+10&lt;/tt&gt; puntos). Las puntuaciones de abajo y las marcas del mapa son una proyección: no se escribe nada en el archivo.</translation>
    </message>
    <message>
        <source>Filter KPIs and initiatives by name or objective</source>
        <translation>Filtrar KPI e iniciativas por nombre u objetivo</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Hypothetical values</source>
        <translation>Valores hipotéticos</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyectado</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Puntuación antes</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Puntuación después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status before → after</source>
        <translation>Estado antes → después</translation>
    </message>
    <message>
        <source>Scores before and after</source>
        <translation>Puntuaciones antes y después</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>A value (e.g. 42) or a change of the current value (e.g. +10%)</source>
        <translation>Un valor (p. ej., 42) o un cambio del valor actual (p. ej., +10%)</translation>
    </message>
    <message>
        <source>Progress in % (0 to 100), or a change such as +10</source>
        <translation>Avance en % (de 0 a 100), o un cambio como +10</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Initiative progress (%)</source>
        <translation>Avance de la iniciativa (%)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>%1 has no current value to change by %2</source>
        <translation>%1 no tiene un valor actual que cambiar en %2</translation>
    </message>
    <message>
        <source>%1: progress must be between 0 and 100 %</source>
        <translation>%1: el avance debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Iniciativa: %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Perspective: %1</source>
        <translation>Perspectiva: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
</context>
<context>
    <name>scorecard::datasourcehealth</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Data source “%1” failed: %2 (last good refresh: %3)</source>
        <translation>La fuente de datos «%1» falló: %2 (última actualización correcta: %3)</translation>
    </message>
    <message>
        <source>Its KPIs keep their values. Correct the %1 or the source (Data &gt; Data Sources…), then Data &gt; Refresh All.</source>
        <translation>Sus KPI conservan sus valores. Corrija %1 o la fuente (Datos &gt; Fuentes de datos…) y luego use Datos &gt; Actualizar todo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>database</source>
        <translation>la base de datos</translation>
    </message>
</context>
<context>
    <name>scorecard::datasourcestatus</name>
    <message>
        <source>CSV file %1</source>
        <translation>Archivo CSV %1</translation>
    </message>
    <message>
        <source>SQL query on %1</source>
        <translation>Consulta SQL en %1</translation>
    </message>
    <message>
        <source>Data source: %1 (%2), last refreshed: %3</source>
        <translation>Fuente de datos: %1 (%2), última actualización: %3</translation>
    </message>
    <message>
        <source>Last refresh failed: %1 (the values shown are from the last good refresh)</source>
        <translation>La última actualización falló: %1 (los valores mostrados son de la última actualización correcta)</translation>
    </message>
</context>
<context>
    <name>scorecard::editorfields</name>
    <message>
        <source>Enter a number</source>
        <translation>Introduzca un número</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation>Introduzca una fecha con el formato YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>scorecard::mapexport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>the map is empty</source>
        <translation>el mapa está vacío</translation>
    </message>
    <message>
        <source>the image would be too large (%1 x %2 pixels)</source>
        <translation>la imagen sería demasiado grande (%1 x %2 píxeles)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>no hay memoria suficiente para una imagen de %1 x %2</translation>
    </message>
    <message>
        <source>cannot write the PNG image: %1</source>
        <translation>no se puede escribir la imagen PNG: %1</translation>
    </message>
    <message>
        <source>Strategy map exported by Scorecard Studio</source>
        <translation>Mapa estratégico exportado por Scorecard Studio</translation>
    </message>
    <message>
        <source>cannot start the SVG document</source>
        <translation>no se puede iniciar el documento SVG</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>Diapositiva 16:9</translation>
    </message>
    <message>
        <source>cannot set up the PDF page</source>
        <translation>no se puede configurar la página PDF</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>no se puede iniciar el documento PDF</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
</context>
<context>
    <name>scorecard::schema</name>
    <message>
        <source>cannot create the schema</source>
        <translation>no se puede crear el esquema</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s schema</source>
        <translation>no se puede leer el esquema del archivo</translation>
    </message>
    <message>
        <source>cannot open an in-memory database: %1</source>
        <translation>no se puede abrir una base de datos en memoria: %1</translation>
    </message>
    <message>
        <source>unexpected %1 in the file&apos;s schema</source>
        <translation>%1 inesperado en el esquema del archivo</translation>
    </message>
    <message>
        <source>%1 in the file&apos;s schema has been altered</source>
        <translation>%1 ha sido modificado en el esquema del archivo</translation>
    </message>
    <message>
        <source>%1 is missing from the file&apos;s schema</source>
        <translation>falta %1 en el esquema del archivo</translation>
    </message>
</context>
<context>
    <name>scorecard::scoring</name>
    <message>
        <source>no target is set</source>
        <translation>no se ha fijado ninguna meta</translation>
    </message>
    <message>
        <source>the target equals the baseline (%1)</source>
        <translation>la meta es igual a la línea base (%1)</translation>
    </message>
    <message>
        <source>the range needs both a low and a high bound</source>
        <translation>el rango necesita un límite inferior y uno superior</translation>
    </message>
    <message>
        <source>the range&apos;s low bound %1 is above its high bound %2</source>
        <translation>el límite inferior del rango, %1, supera su límite superior, %2</translation>
    </message>
    <message>
        <source>goal/red flag scoring needs both a goal and a red flag</source>
        <translation>la puntuación por valor ideal/alerta roja necesita un valor ideal y una alerta roja</translation>
    </message>
    <message>
        <source>the goal equals the red flag (%1)</source>
        <translation>el valor ideal es igual a la alerta roja (%1)</translation>
    </message>
    <message>
        <source>linear scoring, lower is better, from baseline %1 (0) to target %2 (100)</source>
        <translation>puntuación lineal, cuanto menor mejor, desde la línea base %1 (0) hasta la meta %2 (100)</translation>
    </message>
    <message>
        <source>linear scoring from baseline %1 (0) to target %2 (100)</source>
        <translation>puntuación lineal desde la línea base %1 (0) hasta la meta %2 (100)</translation>
    </message>
    <message>
        <source>; no baseline is set, so 0 is assumed</source>
        <translation>; no hay línea base, así que se supone 0</translation>
    </message>
    <message>
        <source>range scoring: 100 from %1 to %2, falling to 0 one range width outside</source>
        <translation>puntuación por rango: 100 de %1 a %2, y desciende hasta 0 a un ancho de rango fuera de él</translation>
    </message>
    <message>
        <source>goal/red flag scoring: red flag %1 scores 33.3, goal %2 scores 66.7</source>
        <translation>puntuación por valor ideal/alerta roja: la alerta roja %1 puntúa 33.3 y el valor ideal %2 puntúa 66.7</translation>
    </message>
    <message>
        <source>yes/no scoring: any non-zero value scores 100, zero scores 0</source>
        <translation>puntuación sí/no: cualquier valor distinto de cero puntúa 100; cero puntúa 0</translation>
    </message>
    <message>
        <source>No measurement at or before %1.</source>
        <translation>No hay ninguna medición en %1 ni antes.</translation>
    </message>
    <message>
        <source>The value %1 for %2 scores %3 by %4.</source>
        <translation>El valor %1 de %2 puntúa %3 según %4.</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>el valor no es un número finito</translation>
    </message>
    <message>
        <source>The value %1 for %2 cannot be scored: %3.</source>
        <translation>El valor %1 de %2 no se puede puntuar: %3.</translation>
    </message>
    <message>
        <source>Stale: there is no value for %1 or later.</source>
        <translation>Desactualizado: no hay ningún valor para %1 ni posterior.</translation>
    </message>
    <message>
        <source>No data: the OKR has no key results.</source>
        <translation>Sin datos: el OKR no tiene resultados clave.</translation>
    </message>
    <message>
        <source>Progress %1 scores %2.</source>
        <translation>El avance %1 puntúa %2.</translation>
    </message>
    <message>
        <source>No data: the progress is not a number.</source>
        <translation>Sin datos: el avance no es un número.</translation>
    </message>
    <message>
        <source>Health: done.</source>
        <translation>Salud: completada.</translation>
    </message>
    <message>
        <source>Health: cancelled; left out of every roll-up.</source>
        <translation>Salud: cancelada; excluida de todas las consolidaciones.</translation>
    </message>
    <message>
        <source>Health unknown: the start or end date is missing.</source>
        <translation>Salud desconocida: falta la fecha de inicio o de fin.</translation>
    </message>
    <message>
        <source>Health unknown: the end date %1 is before the start date %2.</source>
        <translation>Salud desconocida: la fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>Health: not started; it starts on %1.</source>
        <translation>Salud: no iniciada; comienza el %1.</translation>
    </message>
    <message>
        <source>Health: overdue; it was due on %1 and is not done.</source>
        <translation>Salud: vencida; debía terminar el %1 y no está completada.</translation>
    </message>
    <message>
        <source>Health: on track; it starts today.</source>
        <translation>Salud: en curso; comienza hoy.</translation>
    </message>
    <message>
        <source>Health unknown without a progress value.</source>
        <translation>Salud desconocida sin un valor de avance.</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <source>Health: %1 of the planned %2 by %3 (linear from %4 to %5) is done: %6.</source>
        <translation>Salud: se ha completado %1 del %2 previsto para el %3 (lineal de %4 a %5): %6.</translation>
    </message>
    <message>
        <source>Weighted mean of %1 of %2 inputs: %3.</source>
        <translation>Media ponderada de %1 de %2 entradas: %3.</translation>
    </message>
    <message>
        <source>Nothing to roll up: there are no inputs.</source>
        <translation>Nada que consolidar: no hay entradas.</translation>
    </message>
    <message>
        <source>No data: every input with a score has zero weight.</source>
        <translation>Sin datos: todas las entradas con puntuación tienen peso cero.</translation>
    </message>
    <message>
        <source>No data: none of the %1 inputs has a score.</source>
        <translation>Sin datos: ninguna de las %1 entradas tiene puntuación.</translation>
    </message>
    <message>
        <source>Without data: %1.</source>
        <translation>Sin datos: %1.</translation>
    </message>
    <message>
        <source>Zero weight, not counted: %1.</source>
        <translation>Peso cero, no se cuentan: %1.</translation>
    </message>
    <message>
        <source>Cancelled, not counted: %1.</source>
        <translation>Canceladas, no se cuentan: %1.</translation>
    </message>
</context>
<context>
    <name>scorecard::validation</name>
    <message>
        <source>the %1 needs an id</source>
        <translation>%1: se necesita un id</translation>
    </message>
    <message>
        <source>the %1 id is longer than %2 characters</source>
        <translation>%1: el id tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>there is already a %1 with the id &quot;%2&quot;</source>
        <translation>ya existe un elemento de tipo %1 con el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no %1 with the id &quot;%2&quot;</source>
        <translation>no existe ningún elemento de tipo %1 con el id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the %1 needs a name</source>
        <translation>%1: se necesita un nombre</translation>
    </message>
    <message>
        <source>the %1&apos;s name is longer than %2 characters</source>
        <translation>%1: el nombre tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1: tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the weight of %1 must be a number of at least 0</source>
        <translation>%1: el peso debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 debe ser un número finito</translation>
    </message>
    <message>
        <source>status bands must lie between 0 and 100</source>
        <translation>las bandas de estado deben estar entre 0 y 100</translation>
    </message>
    <message>
        <source>the amber band (%1) must not be above the green band (%2)</source>
        <translation>la banda ámbar (%1) no debe superar la banda verde (%2)</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>la fecha de fin %1 es anterior a la fecha de inicio %2</translation>
    </message>
    <message>
        <source>there is no department &quot;%1&quot;</source>
        <translation>no existe el departamento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no objective &quot;%1&quot;</source>
        <translation>no existe el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard name</source>
        <translation>nombre del cuadro de mando</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>perspectiva</translation>
    </message>
    <message>
        <source>there is already a perspective named &quot;%1&quot;</source>
        <translation>ya existe una perspectiva llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilar</translation>
    </message>
    <message>
        <source>there is already a pillar named &quot;%1&quot;</source>
        <translation>ya existe un pilar llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>department &quot;%1&quot; cannot be inside itself</source>
        <translation>el departamento &quot;%1&quot; no puede estar dentro de sí mismo</translation>
    </message>
    <message>
        <source>there is already a department named &quot;%1&quot; there</source>
        <translation>ya existe ahí un departamento llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot;</source>
        <translation>objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no perspective &quot;%1&quot;</source>
        <translation>no existe la perspectiva &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no pillar &quot;%1&quot;</source>
        <translation>no existe el pilar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the map position must be finite</source>
        <translation>la posición en el mapa debe ser finita</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot; cannot support itself (parent cycle)</source>
        <translation>el objetivo &quot;%1&quot; no puede apoyarse a sí mismo (ciclo de objetivos padre)</translation>
    </message>
    <message>
        <source>a link needs a cause and an effect objective</source>
        <translation>un vínculo necesita un objetivo causa y un objetivo efecto</translation>
    </message>
    <message>
        <source>an objective cannot be linked to itself</source>
        <translation>un objetivo no puede vincularse consigo mismo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already linked to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ya está vinculado con &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no link from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>no hay ningún vínculo de &quot;%1&quot; a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;</source>
        <translation>KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>la línea base</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>la meta</translation>
    </message>
    <message>
        <source>the range&apos;s low end</source>
        <translation>el extremo inferior del rango</translation>
    </message>
    <message>
        <source>the range&apos;s high end</source>
        <translation>el extremo superior del rango</translation>
    </message>
    <message>
        <source>the red flag</source>
        <translation>la alerta roja</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>el valor ideal</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the target equals the baseline, so progress cannot be measured</source>
        <translation>KPI &quot;%1&quot;: la meta es igual a la línea base, así que no se puede medir el avance</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the range&apos;s low end is above its high end</source>
        <translation>KPI &quot;%1&quot;: el extremo inferior del rango supera su extremo superior</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the goal equals the red flag</source>
        <translation>KPI &quot;%1&quot;: el valor ideal es igual a la alerta roja</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has measurements: its frequency cannot change</source>
        <translation>el KPI &quot;%1&quot; tiene mediciones: su frecuencia no puede cambiar</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: invalid measurement for %2</source>
        <translation>KPI &quot;%1&quot;: medición no válida para %2</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot;</source>
        <translation>OKR &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>resultado clave</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot; needs an id</source>
        <translation>el resultado clave &quot;%1&quot; necesita un id</translation>
    </message>
    <message>
        <source>key result id &quot;%1&quot; is used twice</source>
        <translation>el id de resultado clave &quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot;</source>
        <translation>resultado clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot;: values must be finite numbers</source>
        <translation>resultado clave &quot;%1&quot;: los valores deben ser números finitos</translation>
    </message>
    <message>
        <source>key result id &quot;%1&quot; is already used by OKR &quot;%2&quot;</source>
        <translation>el id de resultado clave &quot;%1&quot; ya lo usa el OKR &quot;%2&quot;</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: budget and spent must be at least 0</source>
        <translation>iniciativa &quot;%1&quot;: el presupuesto y lo gastado deben ser al menos 0</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: progress must be between 0 and 1 (0% and 100%)</source>
        <translation>iniciativa &quot;%1&quot;: el avance debe estar entre 0 y 1 (0% y 100%)</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: a contribution needs an objective</source>
        <translation>iniciativa &quot;%1&quot;: una contribución necesita un objetivo</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot; contributes to &quot;%2&quot; twice</source>
        <translation>la iniciativa &quot;%1&quot; contribuye dos veces a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the contribution to &quot;%1&quot;</source>
        <translation>la contribución a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <source>data source&apos;s name</source>
        <translation>nombre de la fuente de datos</translation>
    </message>
    <message>
        <source>data source&apos;s location</source>
        <translation>ubicación de la fuente de datos</translation>
    </message>
    <message>
        <source>data source&apos;s mapping</source>
        <translation>asignación de la fuente de datos</translation>
    </message>
    <message>
        <source>data source&apos;s last error</source>
        <translation>último error de la fuente de datos</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: %2</source>
        <translation>fuente de datos &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: there is no KPI &quot;%2&quot;</source>
        <translation>fuente de datos &quot;%1&quot;: no existe el KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>no existe el KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is %2: the period must be one of that frequency</source>
        <translation>el KPI &quot;%1&quot; es %2: el periodo debe ser de esa frecuencia</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: a value must be a finite number</source>
        <translation>KPI &quot;%1&quot;: un valor debe ser un número finito</translation>
    </message>
</context>
</TS>
