import { LabContainer } from '@/components/lab/LabContainer'
import { labFirstPaint } from '@/components/lab/labFirstPaint'

/** Step 0 of the default scenario, computed at build time for the static HTML. */
const first = labFirstPaint()

/** The lab on one screen: the introduction is the first-visit welcome, reopened from "About". */
export default function Home() {
  return <LabContainer first={first} route="/" site />
}
