import './shared/hydrate-support.ts'; // before Lit: see the module
import { AgencyAccomplishments } from './components/agency-accomplishments/agency-accomplishments.ts';
import { defineElement } from './shared/define-element.ts';

export { AgencyAccomplishments };
defineElement('agency-accomplishments', AgencyAccomplishments);

declare global {
  interface HTMLElementTagNameMap {
    'agency-accomplishments': AgencyAccomplishments;
  }
}
