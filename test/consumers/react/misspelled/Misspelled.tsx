import 'tip-widgets';

// "gird" is not a layout: the type check must say so.
export const Misspelled = () => <agency-accomplishments layout="gird" />;
